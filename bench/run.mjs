// Batch throughput: the 300-input tree extracted with -j 1 and -j 2 (best of 3 runs each), and the speed-up.
// Run with `npm run bench` (builds first). The tree is made under bench/.corpus from shared/corpus text and Markdown samples.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = [join(root, 'fixtures/corpus'), join(root, '../shared/corpus'), '/work/shared/corpus'].find((dir) => {
  try { return readdirSync(join(dir, 'text')).length > 0; } catch { return false; }
});
if (!corpus) throw new Error('no sample corpus found (fixtures/corpus or shared/corpus)');

const tree = join(root, 'bench/.corpus');
const COPIES = 30;
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

const best = (jobs) => Math.min(...[1, 2, 3].map(() => run(jobs)));
mkdirSync(tree, { recursive: true });
const one = best(1);
const two = best(2);
console.log(`${inputs} inputs`);
console.log(`-j 1: ${one.toFixed(2)} s, ${(inputs / one).toFixed(1)} files/s`);
console.log(`-j 2: ${two.toFixed(2)} s, ${(inputs / two).toFixed(1)} files/s`);
console.log(`speed-up: ${(one / two).toFixed(2)}× (bar: ≥ 1.7×)`);
