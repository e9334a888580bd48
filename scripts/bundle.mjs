// Bundles the CLI and the batch worker into dist/bundle: Node resolves, reads and compiles
// each ESM file separately (~0.1 s for parcli's ~230 modules), a few chunks load in a fraction.
// Dynamic imports stay separate chunks, so a text input still never loads the PDF or DOCX code;
// the heaviest lazily-loaded packages stay in node_modules as they are.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/batch/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdf-parse', 'mammoth', '@xmldom/xmldom', 'yaml'],
  // Bundled CommonJS packages (commander) require Node's built-ins: give them a require.
  banner: { js: "import { createRequire as parcliCreateRequire } from 'node:module'; const require = parcliCreateRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
