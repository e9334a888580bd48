// Writes dist/bundle/main.cjs.cache: V8's compiled code for the CLI bundle, made by one real
// extraction of a sample plan, so a run starts without compiling what every run uses.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheFile = join(root, 'dist/bundle/main.cjs.cache');
rmSync(cacheFile, { force: true });
const run = spawnSync(process.execPath, [join(root, 'bin/parcli.js'), 'extract', join(root, 'fixtures/corpus/text/001_5665434d914fd8e7.txt'), '-q', '-f', 'json'], {
  env: { ...process.env, PARCLI_WRITE_CODE_CACHE: cacheFile },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(`the code-cache run exited with ${run.status}: ${run.stderr}`);
