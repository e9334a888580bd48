/**
 * OCR of pages without a usable text layer: each page rendered with poppler's
 * `pdftoppm -r 200 -gray`, read by Tesseract's Vietnamese model as TSV (one word and
 * its box a line), pages in parallel, one single-threaded Tesseract per core.
 */
import { rm, writeFile } from 'node:fs/promises';
import { LoadError } from '../types.js';
import { runTool, ToolMissingError } from './run.js';
import type { PageWords } from './words.js';
import { cropPgm, findRulings, type Grey } from './rulings.js';
import { eachRenderedPage, type Rendered } from './render.js';
import { cellAt, cellBox, findGrids } from './ruled-grid.js';
import { rx } from '../../grammar/pattern.js';
import { markShaped, readRaisedNumbers } from './raised-numbers.js';

export const OCR_INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-vie';

// Tesseract reads a roman numeral's "II" as "H" and "I" as "l" or "1": "HI. TỔ CHỨC THỰC HIỆN" is "III.".
const MISREAD_ROMAN = /^(?=[IlH1|V]*[lH|])[IlH1|V]{1,4}[.:,]$/u;
// And an item's "5." as "$." or "Š." before its capitalised text: no line opens with those.
const MISREAD_FIVE = /^[$Š§](?=[.,]$)/u;
const romanOf = (word: string) => word.replace(/H/gu, 'II').replace(/[l1|]/gu, 'I');

// The item letter "g)" comes out as "ø)": Vietnamese has no "ø", so at a line's start it is always "g".
const MISREAD_LETTER_LABEL = /^ø(?=\)$)/u;
// The item letter "l)" comes out as "])" or "|)", a word no text has.
const MISREAD_L_LABEL = /^[\]|](?=\)$)/u;
// A bold bullet comes out with a speck fused to it ("x+", "*x*+ Công chức …"): its last mark alone opens the line.
const SPECKED_BULLET = /^[*+•]*[a-zđ][*+•]*(?=[*+•]$)/u;

// A quarter's "I/2023" comes out as "12023" after "Quý".
const GLUED_QUARTER = /^([1-4])((?:19|20)\d{2})$/u;

/** Parses Tesseract TSV: level-1 lines give the page size, level-5 lines the words. */
export function parseTsv(tsv: string): PageWords {
  const page: PageWords = { width: 0, height: 0, words: [] };
  // Marks read below the confidence kept: dropped unless they are a raised item number.
  const weak = new Set<number>();
  let lineStart = -1;
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 12) continue;
    const [level, , block, par, lineNum, wordNum, left, top, width, height, conf] = f.map(Number) as number[];
    if (level === 5 && wordNum === 2 && lineStart >= 0) {
      // A line's first word is a misread numeral when a title in capitals follows it.
      const first = page.words[lineStart]!;
      const next = f[11]!.trim();
      if (MISREAD_ROMAN.test(first.text) && next.length >= 2 && next === next.toUpperCase() && rx('u')`\p{Lu}`.test(next)) first.text = romanOf(first.text);
      else if (rx('u')`^\p{Lu}`.test(next)) first.text = first.text.replace(MISREAD_FIVE, '5');
    }
    if (level === 5 && wordNum === 1) lineStart = -1;
    if (level === 1) {
      page.width = width!;
      page.height = height!;
    } else if (level === 5 && (conf! >= 10 || markShaped(f[11]!.trim()))) {
      // Table rulings come out as "|" words, and a cell's bottom line as "_" after its number ("10_", "V_").
      // A speck beside a word reads as a low quote ("Phú„ Thọ"), which Vietnamese never writes.
      let text = f[11]!.trim().replace(MISREAD_L_LABEL, 'l').replace(/^[|¦│]+|[|¦│_]+$/gu, '').replaceAll('„', '');
      if (wordNum === 1) text = text.replace(MISREAD_LETTER_LABEL, 'g').replace(SPECKED_BULLET, '');
      const prev = wordNum! > 1 ? page.words.at(-1) : undefined;
      if (prev && /^qu[ýy]$/iu.test(prev.text)) text = text.replace(GLUED_QUARTER, '$1/$2');
      if (text) page.words.push({ x0: left!, y0: top!, x1: left! + width!, y1: top! + height!, text, line: `${block}.${par}.${lineNum}` });
      if (text && conf! < 10) weak.add(page.words.length - 1);
      if (text && wordNum === 1) lineStart = page.words.length - 1;
    }
  }
  const raised = readRaisedNumbers(page.words);
  if (weak.size) page.words = page.words.filter((_, i) => !weak.has(i) || raised.has(i));
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

async function tesseract(image: string, psm: string, what: string): Promise<PageWords> {
  const tess = await runTool('tesseract', [image, '-', '-l', 'vie', '--psm', psm, 'tsv'], {
    timeoutMs: 180_000,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  if (tess.code !== 0) throw new LoadError(`OCR failed on ${what}: ${tess.stderr.trim().split('\n').pop()}`);
  return parseTsv(tess.stdout.toString('utf8'));
}

/**
 * Reads the header cells of each ruled table again, one cell at a time as a block of
 * text: read with the whole page, header lines that sit at half-line offsets run
 * together ("TTỊ Nộidungthựchiện", "Cơ quan P50I5ỢP").
 */
async function rereadHeaders(page: PageWords, img: Grey, image: string, n: number): Promise<void> {
  for (const grid of page.grids ?? []) {
    for (let col = 0; col + 1 < grid.vertical.length; col++) {
      const box = cellBox(grid, 0, col);
      // Keep clear of the rulings, which would read as "|" or "_".
      const x0 = Math.round(box.x0 + 4);
      const y0 = Math.round(box.y0 + 4);
      const w = Math.round(box.x1 - 4) - x0;
      const h = Math.round(box.y1 - 4) - y0;
      if (w < 8 || h < 8) continue;
      const file = `${image}-cell.pgm`;
      await writeFile(file, cropPgm(img, x0, y0, w, h));
      const cell = await tesseract(file, '6', `page ${n}`);
      const inCell = (x: number, y: number) => cellAt(grid, x, y)?.row === 0 && cellAt(grid, x, y)?.col === col;
      page.words = page.words.filter((wd) => !inCell((wd.x0 + wd.x1) / 2, (wd.y0 + wd.y1) / 2));
      for (const wd of cell.words) page.words.push({ ...wd, x0: wd.x0 + x0, x1: wd.x1 + x0, y0: wd.y0 + y0, y1: wd.y1 + y0, line: `cell${col}.${wd.line}` });
    }
  }
}

// Ink: a pixel darker than this (a red stamp's grey is lighter). A page whose ink lies mostly
// outside the words read (a few per cent, where read pages have 65 % or more) lost its layout
// analysis, as a faint page with a stamp on it does; read as one block of text it comes out whole.
const INK = 100;
const UNREAD_INK = 0.4;
const INKED_PAGE = 20_000;

/** The share of the page's ink that lies in (or next to) a word read. */
function inkRead(page: PageWords, img: Grey): number {
  const inWord = new Uint8Array(img.width * img.height);
  for (const w of page.words) {
    for (let y = Math.max(0, w.y0 - 3); y < Math.min(img.height, w.y1 + 3); y++) {
      inWord.fill(1, y * img.width + Math.max(0, w.x0 - 3), y * img.width + Math.min(img.width, w.x1 + 3));
    }
  }
  let ink = 0;
  let read = 0;
  for (let i = 0; i < img.data.length; i++) {
    if (img.data[i]! >= INK) continue;
    ink++;
    read += inWord[i]!;
  }
  return ink < INKED_PAGE ? 1 : read / ink;
}

async function ocrPage({ file, img }: Rendered, n: number): Promise<PageWords> {
  try {
    let page = await tesseract(file, '3', `page ${n}`);
    if (inkRead(page, img) < UNREAD_INK) {
      const block = await tesseract(file, '6', `page ${n}`);
      if (block.words.length > page.words.length) page = block;
    }
    const grids = findGrids(findRulings(img));
    if (grids.length) {
      page.grids = grids;
      await rereadHeaders(page, img, file.replace(/\.pgm$/u, ''), n);
    }
    return page;
  } finally {
    await rm(file.replace(/\.pgm$/u, '-cell.pgm'), { force: true });
  }
}

/** OCRs the given 1-based pages of a PDF, calling `onPage` as each finishes. */
export async function ocrPages(
  bytes: Uint8Array,
  pages: number[],
  password: string | undefined,
  onPage: (done: number, total: number) => void,
): Promise<Map<number, PageWords>> {
  await checkTesseract();
  return eachRenderedPage(bytes, pages, password, ocrPage, onPage);
}
