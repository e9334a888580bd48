/**
 * A batch of 300+ inputs in worker processes (-j 2): every good input gets its result,
 * the broken ones are reported and fail the run, nothing stray or partial is left.
 * Workers run dist/: `npm test` builds first.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReportSchema, type RunReport } from '../src/batch/report.js';
import type { Result } from '../src/schema/output.js';
import { CORPUS, cli, type Run } from './helpers/cli.js';

const COPIES = 30; // × 10 text and Markdown samples = 300 inputs
const BROKEN: Record<string, string> = {
  'broken/empty.txt': 'empty file',
  'broken/binary.txt': 'binary',
  'broken/corrupt.pdf': 'PDF',
  'broken/not-a-zip.docx': 'ZIP',
  'broken/missing.txt': 'no such file',
};

let dir: string;
let good: string[];
let run: Run;
let report: RunReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parcli-batch-'));
  const tree = join(dir, 'plans');
  for (let i = 0; i < COPIES; i++) {
    for (const format of ['text', 'md']) cpSync(join(CORPUS, format), join(tree, `district-${String(i).padStart(2, '0')}`, format), { recursive: true });
  }
  // one sample of each binary format, so the pool carries every loader
  for (const format of ['docx', 'pdf']) cpSync(join(CORPUS, format, readdirSync(join(CORPUS, format))[0]!), join(tree, 'binary', format, `sample.${format}`));
  good = readdirSync(tree, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(tree.length + 1));
  mkdirSync(join(tree, 'broken'));
  writeFileSync(join(tree, 'broken/empty.txt'), '');
  writeFileSync(join(tree, 'broken/binary.txt'), randomBytes(4096).fill(0, 0, 16));
  writeFileSync(join(tree, 'broken/corrupt.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >>\n\u0000\u0001 no trailer');
  writeFileSync(join(tree, 'broken/not-a-zip.docx'), Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(2048)]));
  // "missing.txt" is named on the command line but never created
  run = await cli(['extract', 'plans', 'plans/broken/missing.txt', '-j', '2', '-o', 'out', '--report', 'report.json'], { cwd: dir });
  report = runReportSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
}, 120_000);

describe('a batch of 300+ inputs with -j 2', () => {
  it('exits 1 and writes nothing to stdout', () => {
    expect(good.length).toBeGreaterThanOrEqual(300);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('writes a valid result for every good input, mirroring the tree, and nothing else', () => {
    const expected = good.map((rel) => rel.replace(/\.[a-z]+$/u, '.json')).sort();
    const written = readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(dir, 'out').length + 1));
    expect(written.sort()).toEqual(expected); // no *.tmp, no output for a broken input
    const sample = JSON.parse(readFileSync(join(dir, 'out', expected[0]!), 'utf8')) as Result;
    expect(sample.schema).toBe('parcli/v1');
  });

  it('names each broken input and its reason in the summary and the report', () => {
    const failed = report.files.filter((f) => f.status === 'failed');
    expect(failed.map((f) => f.path).sort()).toEqual(Object.keys(BROKEN).map((p) => `plans/${p}`).sort());
    for (const f of failed) expect(f.reason).toContain(BROKEN[f.path.slice('plans/'.length)]);
    expect(run.stderr).toMatch(new RegExp(`parcli: ${good.length + 5} files in .*, 5 failed; \\d+ tasks found`, 'u'));
    for (const f of failed) expect(run.stderr).toContain(`  failed: ${f.path}: ${f.reason}\n`);
  });

  it('reports every input in input order, with counts and times', () => {
    expect(report.totals.files).toBe(good.length + 5);
    expect(report.totals.ok + report.totals.warnings).toBe(good.length);
    expect(report.totals.tasks).toBe(report.files.reduce((n, f) => n + f.counts.tasks, 0));
    expect(report.totals.tasks).toBeGreaterThan(0);
    expect(report.files.at(-1)!.path).toBe('plans/broken/missing.txt');
    for (const f of report.files.filter((x) => x.status !== 'failed')) expect(f.output).toMatch(/^out\/.+\.json$/u);
  });

  it('stops with exit 2 before any output when the workers cannot compile the grammar', async () => {
    const grammar = join(dir, 'bad-grammar');
    mkdirSync(grammar);
    writeFileSync(join(grammar, 'text.yaml'), 'nonFinalWords: 12\n');
    const bad = await cli(['extract', 'plans/district-00', '-j', '2', '--grammar', grammar], { cwd: dir });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^parcli: .*text\.yaml:1:\d+: .*nonFinalWords\n$/u);
  });

  it('streams NDJSON in input order while workers finish out of order', async () => {
    const files = readdirSync(join(CORPUS, 'text')).map((n) => join(CORPUS, 'text', n)).reverse();
    const nd = await cli(['extract', '-j', '2', '-f', 'ndjson', ...files, ...files.map((f) => f.replace(/text\/(.+)\.txt$/u, 'md/$1.md'))]);
    expect(nd.code).toBe(0);
    const order = nd.stdout.trim().split('\n').map((line) => (JSON.parse(line) as Result).source.name);
    expect(order).toEqual([...files, ...files.map((f) => f.replace(/text\/(.+)\.txt$/u, 'md/$1.md'))].map((f) => f.split('/').at(-1)));
  });
});
