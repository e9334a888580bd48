// `npm run bench` (builds first): every bench section, one table on stdout, the same table in bench/results.md.
// Sections: (a) extract per format over the sample corpus and generated large inputs, (b) start-up,
// (c) poppler pdftotext on the same PDFs as the reference, (d) batch -j 1 vs -j 2 and the real gazette PDFs as one
// -j 2 batch, (e) hostile inputs (issue 15), (f) a 100-page plan's review page opened in Chromium.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBatch, benchRealPdfs, realPdfDir } from './batch.mjs';
import { bytesOf, filesOf, findCorpus, largeInputs, pagesOf, scanSubset } from './corpus.mjs';
import { cpuCounters, have, sample, stealShare } from './measure.mjs';
import { benchHostile } from './hostile.mjs';
import { benchReviewPage, CHROMIUM } from './review-page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = findCorpus(root);
const bin = join(root, 'bin/parcli.js');
const out = mkdtempSync(join(tmpdir(), 'parcli-bench-out-'));
const SCAN_PAGES = 2;

const rows = [];
const MB = 1024 * 1024;
const fmt = (n, digits = 2) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));
const verdict = (ok) => (ok ? 'met' : 'NOT met');

/** One parcli extract process over `files` (-j 1, like the single-threaded reference), sampled. */
function extractCase(files, runs, warmup) {
  return sample(process.execPath, [bin, 'extract', ...files, '-o', join(out, `case-${rows.length}${files.length > 1 ? '' : '.json'}`), '-j', '1', '-q'], { runs, warmup });
}

/** pdftotext -layout on each file, one process each as a batch would run it; times summed per run. */
function pdftotextCase(files, runs, warmup) {
  const per = files.map((f) => sample('pdftotext', ['-layout', f, '/dev/null'], { runs, warmup }));
  const sum = (key) => per.reduce((s, r) => s + r[key], 0);
  return { runs, median: sum('median'), min: sum('min'), max: sum('max'), rssMB: Math.max(...per.map((r) => r.rssMB ?? 0)) || null };
}

function row(section, name, files, result, { pages = null, bar = '', ok = null } = {}) {
  const bytes = bytesOf(files);
  rows.push({
    section, name, input: files.length ? `${files.length} file${files.length > 1 ? 's' : ''}, ${fmt(bytes / MB)} MB${pages ? `, ${pages} p` : ''}` : '—',
    median: fmt(result.median, 3), spread: `${fmt(result.min, 3)}–${fmt(result.max, 3)}`, runs: result.runs,
    mbs: files.length ? fmt(bytes / MB / result.median) : '—', pps: pages ? fmt(pages / result.median, 1) : '—',
    rss: fmt(result.rssMB, 0), bar, ok,
  });
  return result;
}

const started = Date.now();
const counters = cpuCounters();
const large = largeInputs(root, corpus);
const pdfs = filesOf(corpus, 'pdf');
const pdfPages = pagesOf(pdfs);
const largePages = pagesOf([large.pdf]);

// (a) extract per format
for (const [format, name] of [['text', 'text corpus'], ['md', 'Markdown corpus'], ['docx', 'DOCX corpus']]) {
  const files = filesOf(corpus, format);
  if (!files.length) continue;
  const r = row('a', name, files, extractCase(files, 5, 1));
  if (format !== 'docx') Object.assign(rows.at(-1), { bar: '≥ 10 MB/s', ok: bytesOf(files) / MB / r.median >= 10 });
}
const mdLarge = row('a', 'Markdown ~20 MB', [large.md], extractCase([large.md], 3, 1));
{
  // Two bars on one row: each says whether it is met.
  const fast = bytesOf([large.md]) / MB / mdLarge.median >= 10;
  const small = mdLarge.rssMB !== null && mdLarge.rssMB <= 400;
  Object.assign(rows.at(-1), { bar: `≥ 10 MB/s (${verdict(fast)}), RSS ≤ 400 MB (${verdict(small)})`, ok: fast && small });
}
const pdfCorpus = row('a', 'PDF corpus (text layer)', pdfs, extractCase(pdfs, 5, 1), { pages: pdfPages });
const pdfLarge = row('a', `PDF ${largePages} pages`, [large.pdf], extractCase([large.pdf], 3, 1), { pages: largePages, bar: 'RSS ≤ 300 MB' });
rows.at(-1).ok = pdfLarge.rssMB !== null && pdfLarge.rssMB <= 300;
if (have('tesseract')) {
  const scan = scanSubset(root, corpus, SCAN_PAGES);
  const r = row('a', `scan OCR, ${SCAN_PAGES} pages`, [scan], extractCase([scan], 1, 0), { pages: SCAN_PAGES });
  // Wall time per page of an -j 1 run, start-up included: an upper bound of the per-page, per-core cost only if OCR stays on one core.
  const perPage = r.median / SCAN_PAGES;
  Object.assign(rows.at(-1), { bar: `≤ 3 s/page (${fmt(perPage)} wall)`, ok: perPage <= 3 });
}

// (b) start-up
const smallest = filesOf(corpus, 'text').sort((a, b) => bytesOf([a]) - bytesOf([b]))[0];
row('b', 'parcli --version', [], sample(process.execPath, [bin, '--version'], { runs: 10, warmup: 2 }), { bar: '≤ 0.150 s' });
rows.at(-1).ok = Number(rows.at(-1).median) <= 0.15;
row('b', 'extract small text', [smallest], sample(process.execPath, [bin, 'extract', smallest], { runs: 10, warmup: 2 }), { bar: '≤ 0.300 s' });
rows.at(-1).ok = Number(rows.at(-1).median) <= 0.3;

// (c) pdftotext reference
const ratios = [];
if (have('pdftotext')) {
  for (const [name, files, pages, parcli] of [['PDF corpus', pdfs, pdfPages, pdfCorpus], [`PDF ${largePages} pages`, [large.pdf], largePages, pdfLarge]]) {
    const ref = row('c', `pdftotext -layout: ${name}`, files, pdftotextCase(files, 5, 1), { pages });
    const ratio = parcli.median / ref.median;
    ratios.push(`${name}: parcli/pdftotext = ${fmt(ratio)}× (bar ≤ 1.5×, ${verdict(ratio <= 1.5)})`);
    Object.assign(rows.at(-1), { bar: `parcli/pdftotext ${fmt(ratio)}× ≤ 1.5×`, ok: ratio <= 1.5 });
  }
}

// (d) batch
const batch = await benchBatch(root, corpus);
rows.push({ section: 'd', name: `batch -j 1 (best of 3)`, input: `${batch.inputs} files`, median: fmt(batch.one, 3), spread: '', runs: 3, mbs: '—', pps: '—', rss: '—', bar: `${fmt(batch.inputs / batch.one, 1)} files/s`, ok: '' });
rows.push({ section: 'd', name: `batch -j 2 (best of 3)`, input: `${batch.inputs} files`, median: fmt(batch.two, 3), spread: '', runs: 3, mbs: '—', pps: '—', rss: '—', bar: `speed-up ${fmt(batch.speedup)}× ≥ 1.7×`, ok: batch.speedup >= 1.7 });
rows.push({ section: 'd', name: `two -j 1 processes, half each (best of 3)`, input: `${batch.inputs} files`, median: fmt(batch.split, 3), spread: '', runs: 3, mbs: '—', pps: '—', rss: '—', bar: `machine's ceiling ${fmt(batch.ceiling)}×; -j 2 reaches ${fmt(batch.ofCeiling)} of it ≥ 0.95`, ok: batch.ofCeiling >= 0.95 });
const notes = [];
const realDir = realPdfDir(root);
if (realDir) {
  // What a real batch costs: Công báo PDFs of 3 to 177 pages, some pages scans that go through OCR.
  const real = filesOf(dirname(realDir), 'pdf');
  const realPages = pagesOf(real);
  const seconds = benchRealPdfs(root, realDir);
  rows.push({
    section: 'd', name: 'real gazette PDFs, batch -j 2 (1 run)', input: `${real.length} files, ${fmt(bytesOf(real) / MB)} MB, ${realPages} p`, median: fmt(seconds, 3), spread: '', runs: 1,
    mbs: fmt(bytesOf(real) / MB / seconds), pps: fmt(realPages / seconds, 1), rss: '—', bar: `${fmt(real.length / seconds, 2)} files/s`, ok: '',
  });
} else notes.push('real gazette PDFs: row skipped, ../shared/real/unlabeled/pdf is absent');

// (e) hostile inputs: one run each (seconds to a minute apiece); CPU seconds beside the wall time, which a busy machine inflates.
const hostile = benchHostile(root, corpus, bin);
const PER_MB = 3;
const byName = new Map(hostile.results.map((r) => [r.name, r]));
for (const r of hostile.results) {
  const refused = r.status !== 0 && /--max-bytes/u.test(r.stderr);
  const perMB = r.seconds / r.mb;
  let bar = `≤ ${PER_MB} s/MB (${fmt(perMB)} wall, ${fmt(r.cpu / r.mb)} CPU)`;
  let ok = r.status === 0 && perMB <= PER_MB;
  if (r.name === 'one line × 20,000') {
    ok = ok && r.seconds <= 2;
    bar = `≤ 2 s; ${bar}`;
  }
  if (r.name === 'sample 003 × 40 MB') {
    ok = ok && r.rssMB !== null && r.rssMB <= 600;
    bar = `RSS ≤ 600 MB; ${bar}`;
  }
  // The 100 MB file passes by being refused with the flag named.
  if (r.status !== 0) {
    ok = refused;
    bar = refused ? `refused: ${r.stderr.trim().split('\n').pop()}` : `exit ${r.status}: ${r.stderr.trim().slice(0, 120)}`;
  }
  rows.push({ section: 'e', name: r.name, input: `1 file, ${fmt(r.mb)} MB`, median: fmt(r.seconds, 3), spread: `CPU ${fmt(r.cpu, 1)} s`, runs: 1, mbs: fmt(r.mb / r.seconds), pps: '—', rss: fmt(r.rssMB, 0), bar, ok });
}
const [t20, t40] = ['sample 003 × 20 MB', 'sample 003 × 40 MB'].map((n) => byName.get(n));
if (t20 && t40) {
  const ratio = t40.seconds / t20.seconds;
  rows.push({ section: 'e', name: 'time(40 MB) / time(20 MB)', input: '', median: fmt(ratio), spread: `CPU ${fmt(t40.cpu / t20.cpu)}`, runs: 1, mbs: '—', pps: '—', rss: '—', bar: '≤ 2.2', ok: ratio <= 2.2 });
}
if (hostile.batch) {
  const b = hostile.batch;
  rows.push({
    section: 'e', name: `batch: real documents + one input past --timeout ${hostile.timeout}`, input: `${b.inputs} files`, median: fmt(b.seconds, 3), spread: `CPU ${fmt(b.cpu, 1)} s`, runs: 1, mbs: '—', pps: '—', rss: fmt(b.rssMB, 0),
    bar: `finishes; that input timed out (${b.timedOut ? 'yes' : 'NO'}), ${b.written} of ${b.others} others written`, ok: b.timedOut && b.written === b.others,
  });
}

// (f) review page
if (existsSync(CHROMIUM)) {
  const page = await benchReviewPage(root, large.pdf);
  rows.push({
    section: 'f', name: `review page of a ${page.pages}-page plan in Chromium`, input: `${page.tasks} tasks, ${page.lines} lines, ${fmt(page.megabytes)} MB`,
    median: fmt(page.median, 3), spread: `${fmt(page.min, 3)}–${fmt(page.max, 3)}`, runs: page.runs, mbs: '—', pps: '—', rss: '—', bar: `≤ 2 s (CPU ${fmt(page.cpu)} s)`, ok: page.median <= 2,
  });
}

rmSync(out, { recursive: true, force: true });
for (const r of rows) r.ok = typeof r.ok === 'boolean' ? verdict(r.ok) : '';

const header = ['§', 'case', 'input', 'runs', 'median s', 'min–max s', 'MB/s', 'pages/s', 'peak RSS MB', 'bar', ''];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${[r.section, r.name, r.input, r.runs, r.median, r.spread, r.mbs, r.pps, r.rss, r.bar, r.ok].join(' | ')} |`),
].join('\n');
const steal = stealShare(counters, cpuCounters());
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z, bench took ${Math.round((Date.now() - started) / 1000)} s, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}${steal === null ? '' : `, CPU stolen by the hypervisor ${fmt(steal * 100, 0)} %`} (wall times grow with both)`;
const report = `${table}\n\n${[...ratios, ...notes].map((r) => `- ${r}`).join('\n')}\n\n${machine}\n`;
console.log(report);
writeFileSync(join(root, 'bench/results.md'), `# Bench results\n\nWritten by \`npm run bench\`; see bench/README.md for what each row measures.\n\n${report}`);
