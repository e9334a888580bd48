/**
 * OCR of pages without a usable text layer: each page rendered with poppler's
 * `pdftoppm -r 200 -gray`, read by Tesseract's Vietnamese model as TSV (one word and
 * its box a line), pages in parallel, one single-threaded Tesseract per core.
 */
import { availableParallelism } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoadError } from '../types.js';
import { passwordArgs } from './poppler.js';
import { runTool, ToolMissingError } from './run.js';
import type { PageWords } from './words.js';

export const OCR_INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-vie';

/** Parses Tesseract TSV: level-1 lines give the page size, level-5 lines the words. */
export function parseTsv(tsv: string): PageWords {
  const page: PageWords = { width: 0, height: 0, words: [] };
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 12) continue;
    const [level, , , , , , left, top, width, height, conf] = f.map(Number) as number[];
    if (level === 1) {
      page.width = width!;
      page.height = height!;
    } else if (level === 5 && conf! >= 10) {
      // Table rulings come out as "|" words; they would bridge the gaps that separate columns.
      const text = f[11]!.trim().replace(/^[|¦│]+|[|¦│]+$/gu, '');
      if (text) page.words.push({ x0: left!, y0: top!, x1: left! + width!, y1: top! + height!, text });
    }
  }
  return page;
}

/** Fails with the install hint unless Tesseract and its Vietnamese model are installed. */
export async function checkTesseract(): Promise<void> {
  try {
    const res = await runTool('tesseract', ['--list-langs'], { timeoutMs: 10_000 });
    if (/^vie$/mu.test(res.stdout.toString() + res.stderr)) return;
  } catch (e) {
    if (!(e instanceof ToolMissingError)) throw e;
  }
  throw new LoadError(`scanned PDF needs OCR, but Tesseract with Vietnamese is not installed: ${OCR_INSTALL_HINT}`);
}

async function ocrPage(file: string, dir: string, n: number, password: string | undefined): Promise<PageWords> {
  const image = join(dir, `p${n}`);
  const ppm = await runTool('pdftoppm', ['-r', '200', '-gray', '-png', '-singlefile', '-f', `${n}`, '-l', `${n}`, ...passwordArgs(password), file, image], {
    timeoutMs: 60_000,
  });
  if (ppm.code !== 0) throw new LoadError(`cannot render page ${n} for OCR: ${ppm.stderr.trim().split('\n')[0]}`);
  const tess = await runTool('tesseract', [`${image}.png`, '-', '-l', 'vie', '--psm', '3', 'tsv'], {
    timeoutMs: 180_000,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  await rm(`${image}.png`, { force: true });
  if (tess.code !== 0) throw new LoadError(`OCR failed on page ${n}: ${tess.stderr.trim().split('\n').pop()}`);
  return parseTsv(tess.stdout.toString('utf8'));
}

/** OCRs the given 1-based pages of a PDF, calling `onPage` as each finishes. */
export async function ocrPages(
  bytes: Uint8Array,
  pages: number[],
  password: string | undefined,
  onPage: (done: number, total: number) => void,
): Promise<Map<number, PageWords>> {
  await checkTesseract();
  const dir = await mkdtemp(join(tmpdir(), 'parcli-ocr-'));
  try {
    const file = join(dir, 'input.pdf');
    await writeFile(file, bytes);
    const out = new Map<number, PageWords>();
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const n = pages[next++]!;
        out.set(n, await ocrPage(file, dir, n, password));
        onPage(out.size, pages.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), pages.length) }, worker));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
