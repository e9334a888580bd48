#!/usr/bin/env node
// Wires the process into main(); a crash is exit code 2.
import { main } from '../dist/bundle/main.js';

// A reader that stops early (`parcli extract … | head`) is not an error: stop quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
  .then((code) => { process.exitCode = code; })
  .catch((err) => { process.stderr.write(`parcli: internal error: ${err?.stack ?? err}\n`); process.exitCode = 2; });
