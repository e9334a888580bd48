// Batch throughput (issues 5, 15): the 300-input tree extracted with -j 1, -j 2 and as two separate -j 1 processes (best of 3 interleaved runs each).
// The tree is made under bench/.corpus/batch from the sample corpus's text and Markdown files.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIES = 30;

/** Times -j 1, -j 2 and two half-tree processes over the batch tree; returns inputs, seconds and speed-ups. */
export async function benchBatch(root, corpus) {
  const tree = join(root, 'bench/.corpus/batch');
  rmSync(tree, { recursive: true, force: true });
  for (let i = 0; i < COPIES; i++) {
    for (const format of ['text', 'md']) cpSync(join(corpus, format), join(tree, `copy-${String(i).padStart(2, '0')}`, format), { recursive: true });
  }
  const inputs = COPIES * (readdirSync(join(corpus, 'text')).length + readdirSync(join(corpus, 'md')).length);

  function run(jobs) {
    const out = mkdtempSync(join(tmpdir(), 'parcli-bench-'));
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [join(root, 'bin/parcli.js'), 'extract', tree, '-o', out, '-j', String(jobs), '-q'], { encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rmSync(out, { recursive: true, force: true });
    if (child.status !== 0) throw new Error(`-j ${jobs} exited ${child.status}: ${child.stderr}`);
    return seconds;
  }

  // The machine's own ceiling: two separate -j 1 processes, each on half of the tree (--shard).
  async function shards() {
    const outs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'parcli-bench-')));
    const started = process.hrtime.bigint();
    const codes = await Promise.all(
      outs.map((out, i) => new Promise((resolve) => spawn(process.execPath, [join(root, 'bin/parcli.js'), 'extract', tree, '-o', out, '-j', '1', '-q', '--shard', `${i + 1}/2`], { stdio: 'ignore' }).on('close', resolve))),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const out of outs) rmSync(out, { recursive: true, force: true });
    if (codes.some((c) => c !== 0)) throw new Error(`a --shard run exited ${codes.join(', ')}`);
    return seconds;
  }

  // Interleaved, best of 3 each: the machine is shared, and its load drifts within a minute.
  let [one, two, split] = [Infinity, Infinity, Infinity];
  for (let i = 0; i < 3; i++) {
    one = Math.min(one, run(1));
    two = Math.min(two, run(2));
    split = Math.min(split, await shards());
  }
  // -j 2 against the two separate processes: how much of the machine's ceiling the pool reaches.
  return { inputs, one, two, speedup: one / two, split, ceiling: one / split, ofCeiling: split / two };
}

/** The real gazette PDFs without gold (../shared/real/unlabeled/pdf), or null where ../shared is absent. */
export function realPdfDir(root) {
  return [join(root, '../shared/real/unlabeled/pdf'), '/work/shared/real/unlabeled/pdf'].find((dir) => existsSync(dir)) ?? null;
}

/** One -j 2 run over the real gazette PDFs as one batch (OCR where a page is a scan): seconds, or throws on a failed input. */
export function benchRealPdfs(root, dir) {
  const out = mkdtempSync(join(tmpdir(), 'parcli-bench-'));
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(root, 'bin/parcli.js'), 'extract', dir, '-o', out, '-j', '2', '-q'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(out, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`real PDFs: -j 2 exited ${child.status}: ${child.stderr}`);
  return seconds;
}
