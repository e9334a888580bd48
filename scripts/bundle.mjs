// Bundles the CLI and the batch worker into dist/bundle as two CommonJS files. Node 20 reads,
// links and compiles each ESM file of parcli (~230 with its packages) on its own, and has no
// compile cache for them; one CommonJS file can be compiled with V8's code cache (bin/parcli.js,
// scripts/code-cache.mjs). Dynamic imports of the parsers stay lazy (esbuild wraps them). mammoth
// and xmldom are bundled too: required from node_modules, compiling them was ~80 ms of every DOCX
// run. pdf.js (pdf-parse, the fallback where poppler is absent), yaml (user grammars only) and
// exceljs (workbooks only; 1 MB of code a JSON run should not compile) stay in node_modules,
// required when needed (all ship CommonJS).
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/batch/worker.js' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['pdf-parse', 'yaml', 'exceljs'],
  // import() of those becomes require(): a script compiled from a code cache has no ESM loader.
  supported: { 'dynamic-import': false },
  // Paths are found from the module's own URL: the bundle's, in CommonJS terms.
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
