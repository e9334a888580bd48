/** Lines of a text with their 1-based numbers, offsets and pages: what every block position points into. */
import type { Point, Position } from '../model/blocks.js';
import { PackedPosition } from '../model/packed-position.js';

export interface Line {
  raw: string;
  /** 1-based line number. */
  line: number;
  offset: number;
  page: number;
}

/** Splits text into lines with offsets (a line ends at \r\n, \r or \n); a form feed starts a new page. */
export function splitLines(text: string, pages = false): Line[] {
  const out: Line[] = [];
  let page = 1;
  let offset = 0;
  for (;;) {
    let end = offset;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let raw = text.slice(offset, end);
    if (pages && raw.includes('\f')) {
      page += raw.split('\f').length - 1;
      raw = raw.replace(/\f/gu, '');
    }
    out.push({ raw, line: out.length + 1, offset, page });
    if (end >= text.length) break;
    offset = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (offset >= text.length) break;
  }
  return out;
}

/** The point at a column of a line. */
export const pointOf = (l: Line, column = 0): Point => ({ line: l.line, column: column + 1, offset: l.offset + column });
/** The position from a column of line `a` to a column of line `b` (by default, after b's last character). */
export const spanOf = (a: Line, aColumn = 0, b: Line = a, bColumn = b.raw.length): Position =>
  new PackedPosition(a.line, aColumn + 1, a.offset + aColumn, b.line, bColumn + 1, b.offset + bColumn);
