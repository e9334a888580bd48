#!/usr/bin/env node
// Wires the process into main(); a crash is exit code 2. The CLI is one CommonJS bundle, compiled
// with the V8 code cache `npm run build` wrote beside it (a third of a small run's time otherwise);
// a cache from another Node version or build is rejected by V8 and the bundle compiles as usual.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// Smaller inlining budget for the optimizing compiler: parcli's many mid-sized functions ran up
// ~1 s of background TurboFan work per batch thread, most of it inlining; the code it makes runs
// as fast (bench: batch CPU -8 to -14 %, -j 2 wall -8 %).
v8.setFlagsFromString('--max-inlined-bytecode-size=60');
// A full collection once the heap has grown by 30 % since the last, not by up to 4x: V8 sizes that
// growth from how fast it collects, and on a large input it let the heap reach 3 to 4 times what was
// live (40 MB of text: 280 MB live after loading, no full collection after it, 980 MB RSS), although
// the working document goes by the end. 40 MB of text: peak RSS 830 -> 530 MB, for ~1.5 s more of
// full collections (10 instead of 3) in a ~20 s run, within its run-to-run spread on a busy machine.
v8.setFlagsFromString('--heap-growing-percent=30');
const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bundle', 'main.cjs');
const cacheFile = `${bundle}.cache`;
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData: existsSync(cacheFile) ? readFileSync(cacheFile) : undefined,
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
const { main } = module.exports;

// A reader that stops early (`parcli extract … | head`) is not an error: stop quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
  .then((code) => {
    process.exitCode = code;
    // scripts/code-cache.mjs: after a real run, the cache holds every function that run compiled.
    if (process.env.PARCLI_WRITE_CODE_CACHE === cacheFile) writeFileSync(cacheFile, script.createCachedData());
  })
  .catch((err) => { process.stderr.write(`parcli: internal error: ${err?.stack ?? err}\n`); process.exitCode = 2; });
