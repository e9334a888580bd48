/**
 * What every PDF engine (poppler, pdf.js, Tesseract) hands to the layout layer:
 * the words of each page with their boxes, in the page's own units.
 */
import type { Grid } from './ruled-grid.js';
import { countOf, rx } from '../../grammar/pattern.js';

/** One word and its box; y grows downwards. */
export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
  /** The line OCR put the word in: rows follow it on a scan whose lines slope. */
  line?: string;
}

/** The words of one page. */
export interface PageWords {
  width: number;
  height: number;
  words: Word[];
  /** Ruled tables found in a scanned page's image. */
  grids?: Grid[];
}

/** The middle value (the upper one of an even count); 0 for none. */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Whether a page's words read as text: some letters (a last page may hold only a name), mostly of a real script. */
export function hasUsableText(page: PageWords): boolean {
  const text = page.words.map((w) => w.text).join('');
  if (!rx('u')`\p{L}.*\p{L}.*\p{L}`.test(text)) return false;
  // Broken font encodings come out as private-use glyphs, U+FFFD or control characters.
  const bad = countOf(/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/gu, text);
  const letters = countOf(rx('gu')`\p{L}`, text);
  return bad / text.length < 0.1 && letters / text.length > 0.4;
}

/**
 * Whether a page's text layer is only a stamp over a scanned page: a few words, all in one
 * small box ("SAO Y / Bộ Công an / Thời gian ký: …" in a corner). Whether the page is a scan
 * is the image's to say; see `scannedPages`.
 */
export function onlyStamped(page: PageWords): boolean {
  if (!page.words.length || page.words.length > 40) return false;
  const x0 = Math.min(...page.words.map((w) => w.x0));
  const x1 = Math.max(...page.words.map((w) => w.x1));
  const y0 = Math.min(...page.words.map((w) => w.y0));
  const y1 = Math.max(...page.words.map((w) => w.y1));
  return ((x1 - x0) * (y1 - y0)) / (page.width * page.height) < 0.05;
}

// A letter only Vietnamese writes: a tone mark, ă â ê ô ơ ư, đ.
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * Whether a page's text layer reads as Vietnamese: in Vietnamese prose most words (over 80 %)
 * carry a Vietnamese letter. A scanner's own OCR layer made without Vietnamese reads "uY BAN NgAN
 * nAN", "Nguy6n" (a few %): under the image is the real page.
 */
export function readsAsVietnamese(page: PageWords): boolean {
  const words = page.words.filter((w) => rx('u')`\p{L}{2}`.test(w.text));
  if (words.length < 30) return true;
  return words.filter((w) => VIETNAMESE_LETTER.test(w.text)).length / words.length >= 0.3;
}
