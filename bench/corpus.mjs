// The bench inputs: the shared sample corpus plus generated large inputs under bench/.corpus/large.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared sample corpus folder (the fixtures copy where it is absent). */
export function findCorpus(root) {
  const corpus = [join(root, '../shared/corpus'), '/work/shared/corpus', join(root, 'fixtures/corpus')].find((dir) => {
    try { return readdirSync(join(dir, 'text')).length > 0; } catch { return false; }
  });
  if (!corpus) throw new Error('no sample corpus found (fixtures/corpus or shared/corpus)');
  return corpus;
}

/** The files of one corpus format folder, sorted. */
export function filesOf(corpus, format) {
  const dir = join(corpus, format);
  return existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : [];
}

export const bytesOf = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** Page count from pdfinfo. */
export function pagesOf(files) {
  return files.reduce((sum, f) => sum + Number(/^Pages:\s+(\d+)/mu.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))[1]), 0);
}

const LARGE_PDF_PAGES = 300;
const LARGE_MD_BYTES = 20 * 1024 * 1024;

/** A ≥300-page PDF (the corpus PDFs joined with pdfunite, repeated) and a ≥20 MB Markdown file, made once. */
export function largeInputs(root, corpus) {
  const dir = join(root, 'bench/.corpus/large');
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, 'large.pdf');
  if (!existsSync(pdf)) {
    const pdfs = filesOf(corpus, 'pdf');
    const copies = Math.ceil(LARGE_PDF_PAGES / pagesOf(pdfs));
    execFileSync('pdfunite', [...Array.from({ length: copies }, () => pdfs).flat(), pdf]);
  }
  const md = join(dir, 'large.md');
  if (!existsSync(md)) {
    const unit = `${filesOf(corpus, 'md').map((f) => readFileSync(f, 'utf8')).join('\n\n')}\n\n`;
    writeFileSync(md, unit.repeat(Math.ceil(LARGE_MD_BYTES / Buffer.byteLength(unit))));
  }
  return { pdf, md };
}

/** The first pages of the first scanned PDF, so OCR stays within the bench's time budget. */
export function scanSubset(root, corpus, pages) {
  const [first] = filesOf(corpus, 'scan');
  if (!first) return null;
  const out = join(root, `bench/.corpus/large/scan-${pages}p.pdf`);
  if (!existsSync(out)) {
    const dir = join(root, 'bench/.corpus/large');
    execFileSync('pdfseparate', ['-f', '1', '-l', String(pages), first, join(dir, 'scan-page-%d.pdf')]);
    execFileSync('pdfunite', [...Array.from({ length: pages }, (_, i) => join(dir, `scan-page-${i + 1}.pdf`)), out]);
  }
  return out;
}
