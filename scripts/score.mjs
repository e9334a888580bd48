#!/usr/bin/env node
// One accuracy table for every corpus parcli is measured on: extracts each corpus with the
// built CLI, scores it against its gold with the shared scorer and prints one row per document
// and a mean per corpus. Run it before and after every rule change.
//
//   npm run score                      every corpus
//   npm run score -- --verbose         with the scorer's misses under each document
//   npm run score -- real office       only the corpora named (ids below)
//   npm run score -- --json            the table as JSON on stdout
//
// The corpora live in ../shared (read-only); results go to a temporary folder, or to --keep DIR.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.PARCLI_SHARED ?? join(root, '..', 'shared'));

// id, inputs folder, gold folder, and whether only documents with a result count (a subset of the gold)
const CORPORA = [
  { id: 'text', inputs: 'corpus/text', gold: 'gold' },
  { id: 'md', inputs: 'corpus/md', gold: 'gold' },
  { id: 'docx', inputs: 'corpus/docx', gold: 'gold' },
  { id: 'pdf', inputs: 'corpus/pdf', gold: 'gold' },
  { id: 'scan', inputs: 'corpus/scan', gold: 'gold' },
  { id: 'real', inputs: 'real/inputs', gold: 'real/gold' },
  { id: 'real-pdf', inputs: 'real/pdf', gold: 'real/gold', present: true },
  { id: 'office', inputs: 'real/office/inputs', gold: 'real/office/gold' },
];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const wanted = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--keep');
const unknown = wanted.filter((id) => !CORPORA.some((c) => c.id === id));
if (unknown.length) {
  console.error(`score: unknown corpus ${unknown.join(', ')} (known: ${CORPORA.map((c) => c.id).join(', ')})`);
  process.exit(2);
}
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error(`score: no shared scorer at ${join(shared, 'eval', 'score.mjs')} (set PARCLI_SHARED to the shared folder)`);
  process.exit(2);
}
const { scoreDocument } = await import(pathToFileURL(join(shared, 'eval', 'score.mjs')).href);

const out = option('--keep') ? resolve(option('--keep')) : mkdtempSync(join(tmpdir(), 'parcli-score-'));
const cli = join(root, 'bin', 'parcli.js');
const rows = [];
for (const corpus of CORPORA.filter((c) => !wanted.length || wanted.includes(c.id))) {
  const inputDir = join(shared, corpus.inputs);
  const goldDir = join(shared, corpus.gold);
  if (!existsSync(inputDir)) { console.error(`score: ${corpus.id}: no ${inputDir}, skipped`); continue; }
  const predDir = join(out, corpus.id);
  rmSync(predDir, { recursive: true, force: true });
  mkdirSync(predDir, { recursive: true });
  const inputs = readdirSync(inputDir).filter((f) => f !== 'README.md' && !f.endsWith('.json')).sort().map((f) => join(inputDir, f));
  try {
    execFileSync(process.execPath, [cli, 'extract', ...inputs, '-o', predDir, '-q', '-j', '2'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    // exit 1: some input failed; it scores 0 below as "(no result)"
    if (err.status !== 1) throw err;
  }
  const stems = new Set(inputs.map((f) => basename(f).replace(/\.[^.]+$/, '')));
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = file.slice(0, -'.gold.json'.length);
    if (!stems.has(name)) continue;
    const predFile = join(predDir, `${name}.json`);
    if (corpus.present && !existsSync(predFile)) continue;
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const pred = existsSync(predFile) ? JSON.parse(readFileSync(predFile, 'utf8')) : null;
    const report = scoreDocument(gold, pred ?? { document: {}, tasks: [] });
    if (!pred) report.score = 0;
    rows.push({ corpus: corpus.id, name, missing: !pred, ...report });
  }
}
if (!option('--keep')) rmSync(out, { recursive: true, force: true });

const mean = (xs) => { xs = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)); return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null; };
const means = Object.fromEntries([...new Set(rows.map((r) => r.corpus))].map((id) => {
  const scores = rows.filter((r) => r.corpus === id).map((r) => r.score);
  return [id, { mean: mean(scores), min: Math.min(...scores), n: scores.length }];
}));

if (flag('--json')) {
  console.log(JSON.stringify({ corpora: means, documents: rows.map(({ corpus, name, score, missing, misses }) => ({ corpus, name, score, missing, misses })) }, null, 2));
} else {
  const fmt = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(3)).padStart(7);
  const cols = ['corpus', 'document', 'meta', 'taskF1', 'P', 'R', 'lead', 'coord', 'prod', 'tl.txt', 'tl.end', 'sect', 'targ', 'resp', 'refs', 'score'];
  console.log('corpus'.padEnd(9) + 'document'.padEnd(34) + cols.slice(2).map((c) => c.padStart(7)).join(''));
  for (const r of rows) {
    const tf = r.taskFields;
    const cells = [mean(Object.values(r.document)), r.tasks?.f, r.tasks?.p, r.tasks?.r, tf.lead?.mean, tf.coordinators?.mean, tf.products?.mean,
      tf['timeline.text']?.mean, tf['timeline.end']?.mean, tf.section?.mean, r.targets?.f, r.responsibilities?.f, r.references?.f, r.score];
    console.log(r.corpus.padEnd(9) + r.name.slice(0, 33).padEnd(34) + cells.map(fmt).join('') + (r.missing ? '  (no result)' : ''));
    if (flag('--verbose')) for (const m of r.misses) console.log(`      ${m}`);
  }
  console.log('');
  console.log('corpus'.padEnd(9) + 'documents'.padStart(10) + 'mean'.padStart(8) + 'lowest'.padStart(8));
  for (const [id, m] of Object.entries(means)) console.log(id.padEnd(9) + String(m.n).padStart(10) + fmt(m.mean).padStart(8) + fmt(m.min).padStart(8));
}
