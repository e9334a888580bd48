/**
 * Drops what is printed on a page but is not the document's text: page numbers
 * ("2", "- 2 -", "Trang 2/17"), running headers and footers repeated in the page
 * margins, and the stamps put on a document after signing: a digital-signature stamp
 * ("Ký bởi: Ủy ban nhân dân…", a gazette centre's name over its e-mail and signing time)
 * and a certified copy's "SAO Y" with its signing time.
 */
import type { PageWords } from './words.js';
import type { Row } from './rows.js';
import { isStampLine as isStampText, STAMP_LINES } from '../page-furniture.js';

const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?[-–—\s]*$/iu;
const inMargin = (r: Row, page: PageWords) => r.y1 < 0.09 * page.height || r.y0 > 0.91 * page.height;
const shape = (r: Row) => r.text.replace(/\d+/gu, '#').toLowerCase();

/** The box of each stamp line a page's rows hold, in the page's units: where OCR of the page's image reads that stamp again. */
export function stampBoxes(rows: Row[], page: PageWords): { x0: number; y0: number; x1: number; y1: number }[] {
  return [...stampRows(rows, page)].map((r) => ({ x0: r.x0 - r.h / 2, y0: r.y0 - r.h / 2, x1: r.x1 + r.h / 2, y1: r.y1 + r.h / 2 }));
}

/** The rows of each stamp on a page: a stamp line and the short lines set tight above and below it in its box. */
function stampRows(rows: Row[], page: PageWords): Set<Row> {
  const out = new Set<Row>();
  const short = (r: Row) => r.x1 - r.x0 < 0.45 * page.width;
  const joins = (a: Row, b: Row) => short(b) && b.y0 - a.y1 < 0.9 * Math.max(a.h, b.h) && Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
  rows.forEach((r, i) => {
    if (out.has(r) || !short(r) || !isStampText(r.text)) return;
    const box = [r];
    for (let j = i + 1; j < rows.length && box.length < STAMP_LINES && joins(box[box.length - 1]!, rows[j]!); j++) box.push(rows[j]!);
    for (let j = i - 1; j >= 0 && box.length < STAMP_LINES && joins(rows[j]!, box[0]!); j--) box.unshift(rows[j]!);
    for (const b of box) out.add(b);
  });
  return out;
}

/** Returns each page's rows without page furniture. */
export function dropFurniture(pages: Row[][], words: PageWords[]): Row[][] {
  // A margin line repeated on several pages (digits aside) is a running header or footer.
  const counts = new Map<string, number>();
  pages.forEach((rows, p) => {
    for (const s of new Set(rows.filter((r) => inMargin(r, words[p]!)).map(shape))) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const repeated = (s: string) => (counts.get(s) ?? 0) >= Math.max(3, Math.ceil(pages.length / 2));
  return pages.map((rows, p) => {
    const page = words[p]!;
    const stamp = stampRows(rows, page);
    return rows.filter((r, i) => {
      if (stamp.has(r)) return false;
      const edge = i === 0 || i === rows.length - 1 || inMargin(r, page);
      return !(edge && PAGE_NUMBER.test(r.text)) && !(inMargin(r, page) && repeated(shape(r)));
    });
  });
}
