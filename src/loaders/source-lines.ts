/** Lines of a text with their 1-based numbers, offsets and pages: what every block position points into. */
import type { Point } from '../model/blocks.js';

export interface Line {
  raw: string;
  /** 1-based line number. */
  line: number;
  offset: number;
  page: number;
}

/** Splits text into lines with offsets; a form feed starts a new page. */
export function splitLines(text: string, pages = false): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let page = 1;
  let n = 1;
  for (const m of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/gu)) {
    if (m[0] === '' && m.index === text.length && out.length) break;
    let raw = m[1]!;
    if (pages && raw.includes('\f')) {
      page += raw.split('\f').length - 1;
      raw = raw.replace(/\f/gu, '');
    }
    out.push({ raw, line: n++, offset: m.index!, page });
    offset = m.index! + m[0].length;
    if (offset >= text.length) break;
  }
  return out;
}

/** The point at a column of a line. */
export const pointOf = (l: Line, column = 0): Point => ({ line: l.line, column: column + 1, offset: l.offset + column });
/** The point after a line's last character. */
export const endOf = (l: Line): Point => pointOf(l, l.raw.length);
