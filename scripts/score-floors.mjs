#!/usr/bin/env node
// Writes fixtures/score-floors.json, the accuracy floors test/score-floors.test.ts holds the
// samples and real fixtures to: each document's measured score less a margin (default 0.01),
// rounded down to 0.01, and each set's mean likewise. Run after a change that lifts scores for
// good (`npm run build && node scripts/score-floors.mjs [margin]`) and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractFile } = await import(pathToFileURL(join(root, 'dist', 'pipeline.js')).href);
const { scoreDocument } = await import(pathToFileURL(join(root, 'test', 'helpers', 'score.mjs')).href);
const fixtures = join(root, 'fixtures');
// keep in step with SETS in test/score-floors.test.ts
const SETS = {
  'samples-text': ['corpus/text', 'corpus/gold'], 'samples-md': ['corpus/md', 'corpus/gold'],
  'samples-docx': ['corpus/docx', 'corpus/gold'], 'samples-pdf': ['corpus/pdf', 'corpus/gold'],
  real: ['real/inputs', 'real/gold'], 'real-pdf': ['real/pdf', 'real/gold'], 'real-scan': ['real/scan', 'real/gold'],
};
const margin = Number(process.argv[2] ?? 0.01);
const down = (x) => Math.floor(x * 100) / 100;
const stem = (f) => basename(f).replace(/\.[^.]+$/u, '');
const out = { sets: {} };
for (const [id, [inputs, gold]] of Object.entries(SETS)) {
  const documents = {};
  for (const file of readdirSync(join(fixtures, inputs)).sort()) {
    const annotation = JSON.parse(readFileSync(join(fixtures, gold, `${stem(file)}.gold.json`), 'utf8'));
    const result = JSON.parse(JSON.stringify(await extractFile(join(fixtures, inputs, file))));
    const score = scoreDocument(annotation, result).score;
    documents[stem(file)] = down(score - margin);
    console.error(`${id.padEnd(13)} ${stem(file).slice(0, 50).padEnd(51)} ${score.toFixed(3)}`);
  }
  const values = Object.values(documents);
  out.sets[id] = { mean: down(values.reduce((a, b) => a + b, 0) / values.length), documents };
}
writeFileSync(join(fixtures, 'score-floors.json'), `${JSON.stringify(out, null, 2)}\n`);
