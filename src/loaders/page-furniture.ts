/**
 * Page furniture in line-oriented text (a PDF's text dump, text rebuilt from a PDF):
 * page numbers ("5", "- 5 -", "Trang 5/12") and running headers — a gazette's
 * "CÔNG BÁO/Số 277/Ngày 16-05-2026" over every page, next to its page number — that
 * break paragraphs and table cells in the middle, and the digital-signature stamps put on a
 * document after signing ("Ký bởi: CÔNG BÁO …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: …").
 */
import type { Line } from './source-lines.js';

/** A line that is only a page number ("5", "- 5 -", "Trang 5", "Trang 5/12"); one anchor around both forms. */
export const PAGE_NUMBER = /^\s*(?:(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?|Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)\s*$/iu;

/** A running header is printed on this many pages at least. */
const MIN_PAGES = 2;

const shapeOf = (raw: string) => raw.replace(/\s+/gu, ' ').trim().replace(/\d+/gu, '#');
const blank = (l: Line | undefined) => !l || !l.raw.trim();

/**
 * Marks the running headers and footers of a text: a line and a page number right under (or
 * over) it, set apart by blank lines, in one shape (digits aside) on several pages. Cells of a
 * table dumped one per line touch their neighbours, so a row number and its cell never pass.
 */
export function runningHeaders(lines: readonly Line[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  const found = new Map<string, number[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a.raw.trim() || !b.raw.trim() || !blank(lines[i - 1]) || !blank(lines[i + 2])) continue;
    const numberFirst = PAGE_NUMBER.test(a.raw);
    if (numberFirst === PAGE_NUMBER.test(b.raw)) continue;
    const header = numberFirst ? b : a;
    // A header names the publication and its issue: a short line, not a sentence.
    if (header.raw.length > 100) continue;
    const key = `${numberFirst ? '#' : ''}${shapeOf(header.raw)}`;
    found.set(key, [...(found.get(key) ?? []), i]);
  }
  for (const at of found.values()) {
    if (at.length < MIN_PAGES) continue;
    for (const i of at) out[i] = out[i + 1] = 1;
  }
  return out;
}

/** A line only a stamp prints: its signer and time labels, its signing time, its e-mail, "SAO Y". */
export const STAMP_LINE: readonly RegExp[] = [
  /^(?:ký bởi|được ký bởi|ký số bởi|người ký|thời gian ký|ngày ký)\s*:/iu,
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})[T\s]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:\d{2})?$/u,
  /^[+-]\d{2}:\d{2}$/u,
  /^[\w.-]+@[\w-]+(?:\.[\w-]+)+$/u,
  /^SAO\s?Y$/u,
];
export const isStampLine = (text: string): boolean => STAMP_LINE.some((re) => re.test(text.trim()));

// The stamp's other lines, labelled, right beside a stamp line: "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Email: …".
const STAMP_FIELD = /^(?:cơ quan|tổ chức|email|e-mail)\s*:/iu;
/** A stamp holds a few lines. */
export const STAMP_LINES = 6;

/**
 * Marks in `out` the signature stamps of a text dump: a stamp line and the stamp's lines
 * touching it (no blank between), as far as a stamp runs.
 */
export function markStamps(lines: readonly Line[], out: Uint8Array): Uint8Array {
  const part = (i: number) => !blank(lines[i]) && (isStampLine(lines[i]!.raw) || STAMP_FIELD.test(lines[i]!.raw.trim()));
  for (let i = 0; i < lines.length; i++) {
    if (!isStampLine(lines[i]!.raw)) continue;
    let a = i;
    while (a > 0 && i - a < STAMP_LINES && part(a - 1)) a--;
    let b = i;
    while (b + 1 < lines.length && b - a < STAMP_LINES && part(b + 1)) b++;
    out.fill(1, a, b + 1);
    i = b;
  }
  return out;
}
