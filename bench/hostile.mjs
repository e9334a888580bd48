// Hostile inputs for the bench's "hostile" section (issue 15), written once under bench/.corpus/hostile:
// one very long line of coordinators, real plan text repeated to tens of MB, tens of thousands of lettered items.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOnce } from './measure.mjs';

const MB = 1024 * 1024;
const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 12/KH-UBND\nBình Định, ngày 05 tháng 01 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n';

/** "1." under a NHIỆM VỤ section, followed by one line of `copies` coordinator phrases. */
export const oneLine = (copies) => `${HEAD}II. NHIỆM VỤ\n1. ${'Cơ quan chủ trì, phối hợp với Sở Nội vụ, '.repeat(copies)}\n`;

/** `count` lettered items (a … z, again and again) with lead, coordinator and deadline lines under one heading. */
export function letteredItems(count) {
  const letters = 'abcdeghiklmnopqrstuvxy';
  const items = Array.from({ length: count }, (_, i) =>
    `${letters[i % letters.length]}) Triển khai nhiệm vụ số ${i + 1}\n- Chủ trì: Sở Nội vụ\n- Phối hợp: Sở Tài chính\n- Thời hạn: Quý II/2025\n`);
  return `${HEAD}II. NHIỆM VỤ\n1. Nhiệm vụ trọng tâm\n${items.join('')}`;
}

/** A real plan text repeated to at least `bytes`. */
export const repeated = (text, bytes) => text.repeat(Math.ceil(bytes / Buffer.byteLength(text)));

/** The sample the issue names: 003 of the text corpus (a real plan, with tables). */
const SAMPLE = 'text/003_e22971975ce47eb7.txt';

/** Every hostile case as { name, file }; files are written on first use and reused. */
export function hostileInputs(root, corpus) {
  const dir = join(root, 'bench/.corpus/hostile');
  mkdirSync(dir, { recursive: true });
  const plan = readFileSync(join(corpus, SAMPLE), 'utf8');
  const cases = [
    ['one line × 4,000', 'line-4k.txt', () => oneLine(4000)],
    ['one line × 20,000', 'line-20k.txt', () => oneLine(20000)],
    ['lettered items × 30,000', 'items-30k.txt', () => letteredItems(30000)],
    ['lettered items × 60,000', 'items-60k.txt', () => letteredItems(60000)],
    ['sample 003 × 20 MB', 'plan-20mb.txt', () => repeated(plan, 20 * MB)],
    ['sample 003 × 40 MB', 'plan-40mb.txt', () => repeated(plan, 40 * MB)],
    ['sample 003 × 100 MB', 'plan-100mb.txt', () => repeated(plan, 100 * MB)],
    ['sample 003 × 60 MB', 'plan-60mb.txt', () => repeated(plan, 60 * MB)],
  ];
  return cases.map(([name, file, make]) => {
    const path = join(dir, file);
    if (!existsSync(path)) writeFileSync(path, make());
    return { name, file: path };
  });
}

// An input the batch case stops: well past this limit on any machine (~30 s of CPU), under --max-bytes.
const BATCH_TIMEOUT = 10;

/**
 * The hostile section: each case extracted once (they take seconds to a minute), wall and CPU time,
 * peak RSS; then a batch of the real documents plus one input far past --timeout.
 * Returns rows for the table and the figures the bars need.
 */
export function benchHostile(root, corpus, bin) {
  const out = mkdtempSync(join(tmpdir(), 'parcli-bench-hostile-'));
  const inputs = hostileInputs(root, corpus);
  const endless = inputs.pop();
  const results = inputs.map(({ name, file }) => {
    const r = runOnce(process.execPath, [bin, 'extract', file, '-o', join(out, 'result.json'), '-q'], { allowFail: true });
    return { name, file, mb: statSync(file).size / MB, ...r };
  });
  // A batch of the real documents and one input far past its time limit.
  const real = join(root, '../shared/real/inputs');
  let batch = null;
  if (existsSync(real)) {
    const tree = join(root, 'bench/.corpus/hostile-batch');
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    for (const f of readdirSync(real)) writeFileSync(join(tree, f), readFileSync(join(real, f)));
    writeFileSync(join(tree, 'zz-past-timeout.txt'), readFileSync(endless.file));
    const report = join(out, 'report.json');
    const r = runOnce(process.execPath, [bin, 'extract', tree, '-o', join(out, 'batch'), '-q', '--timeout', String(BATCH_TIMEOUT), '--report', report], { allowFail: true });
    const files = JSON.parse(readFileSync(report, 'utf8')).files;
    const stopped = files.find((f) => f.path.endsWith('zz-past-timeout.txt'));
    const others = files.filter((f) => f !== stopped);
    batch = {
      inputs: files.length, seconds: r.seconds, rssMB: r.rssMB, cpu: r.cpu,
      timedOut: stopped?.reason === `timed out after ${BATCH_TIMEOUT} s`,
      others: others.length,
      // Every other input written (the report names its output as -o was given: absolute here).
      written: others.filter((f) => f.status !== 'failed' && f.output && existsSync(f.output)).length,
    };
  }
  rmSync(out, { recursive: true, force: true });
  return { results, batch, timeout: BATCH_TIMEOUT };
}
