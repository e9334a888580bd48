/**
 * Drops what is printed on a page but is not the document's text: page numbers
 * ("2", "- 2 -", "Trang 2/17"), running headers and footers repeated in the page
 * margins, and the lines of a digital-signature stamp ("Ký bởi: Ủy ban nhân dân…").
 */
import type { PageWords } from './words.js';
import type { Row } from './rows.js';

const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?[-–—\s]*$/iu;
const STAMP = /^(?:ký bởi|được ký bởi|ký số bởi|người ký)\s*:/iu;
const STAMP_DETAIL = /^(?:cơ quan|email|thời gian ký|ngày ký|chức vụ|tổ chức)\s*:/iu;

const inMargin = (r: Row, page: PageWords) => r.y1 < 0.09 * page.height || r.y0 > 0.91 * page.height;
const shape = (r: Row) => r.text.replace(/\d+/gu, '#').toLowerCase();

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
    const stamp = new Set<Row>();
    rows.forEach((r, i) => {
      if (!STAMP.test(r.text)) return;
      stamp.add(r);
      for (let j = i + 1; j < rows.length && STAMP_DETAIL.test(rows[j]!.text); j++) stamp.add(rows[j]!);
    });
    return rows.filter((r, i) => {
      if (stamp.has(r)) return false;
      const edge = i === 0 || i === rows.length - 1 || inMargin(r, page);
      return !(edge && PAGE_NUMBER.test(r.text)) && !(inMargin(r, page) && repeated(shape(r)));
    });
  });
}
