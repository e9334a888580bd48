// Hostile inputs for the bench's "hostile" section (issue 15), written once under bench/.corpus/hostile:
// one very long line of coordinators, real plan text repeated to tens of MB, tens of thousands of lettered items.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  ];
  return cases.map(([name, file, make]) => {
    const path = join(dir, file);
    if (!existsSync(path)) writeFileSync(path, make());
    return { name, file: path };
  });
}
