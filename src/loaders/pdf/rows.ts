/**
 * Words → visual rows: words whose boxes share a band on the page, left to right,
 * with the words a PDF split inside a syllable ("Vi ệt") joined again.
 */
import { median, type PageWords, type Word } from './words.js';
import { rx } from '../../grammar/pattern.js';

/** Words of one visual row, left to right, and their text. */
export interface Row {
  words: Word[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Median word height: the unit every layout threshold is measured in. */
  h: number;
  text: string;
  page: number;
}

const MARK_FIRST = rx('u')`^\p{M}`;

/** Joins words into text: no space where the gap is too narrow to be one, or before a combining mark. */
export function joinWords(words: readonly Word[], h: number): string {
  let s = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && !(w.x0 - words[i - 1]!.x1 < 0.08 * h || MARK_FIRST.test(w.text))) s += ' ';
    s += w.text;
  }
  return s.normalize('NFC');
}

/** Builds a row from its words (any order). */
export function makeRow(words: Word[], page: number): Row {
  words.sort((a, b) => a.x0 - b.x0);
  const h = median(words.map((w) => w.y1 - w.y0)) || 1;
  return {
    words,
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y0: median(words.map((w) => w.y0)),
    y1: median(words.map((w) => w.y1)),
    h,
    text: joinWords(words, h),
    page,
  };
}

/** A band of words that belong together: one OCR line, or one word of a text layer. */
interface Unit {
  words: Word[];
  y0: number;
  y1: number;
}

/** OCR's own lines, each one unit: it follows a sloping scan, where a band across the page would cut a line in two. */
function unitsOf(words: Word[]): Unit[] {
  const units: Unit[] = [];
  const byLine = new Map<string, Word[]>();
  for (const w of words) {
    if (w.line === undefined) units.push({ words: [w], y0: w.y0, y1: w.y1 });
    else if (byLine.has(w.line)) byLine.get(w.line)!.push(w);
    else byLine.set(w.line, [w]);
  }
  for (const ws of byLine.values()) units.push({ words: ws, y0: median(ws.map((w) => w.y0)), y1: median(ws.map((w) => w.y1)) });
  return units;
}

/** Groups a page's words into visual rows, top to bottom. */
export function buildRows(page: PageWords, pageNo: number): Row[] {
  const units = unitsOf(page.words.filter((w) => w.text.trim() !== ''));
  units.sort((a, b) => a.y0 + a.y1 - b.y0 - b.y1);
  const open: Unit[] = [];
  for (const u of units) {
    const uh = u.y1 - u.y0;
    // Units arrive by vertical centre, so a matching row is one of the last few.
    let target: Unit | undefined;
    for (let i = open.length - 1; i >= 0 && i >= open.length - 4; i--) {
      const r = open[i]!;
      const overlap = Math.min(r.y1, u.y1) - Math.max(r.y0, u.y0);
      if (overlap >= 0.65 * Math.min(uh, r.y1 - r.y0)) {
        target = r;
        break;
      }
    }
    if (target) {
      // A running band follows a slightly rotated scan along the row.
      const before = target.words.length;
      const n = target.words.push(...u.words);
      const weight = (n - before) / n;
      target.y0 += (u.y0 - target.y0) * weight;
      target.y1 += (u.y1 - target.y1) * weight;
    } else open.push({ words: [...u.words], y0: u.y0, y1: u.y1 });
  }
  return open.map((r) => makeRow(r.words, pageNo)).sort((a, b) => a.y0 - b.y0);
}

/** Splits a row where the gap between words is at least `minGap`. */
export function segments(row: Row, minGap: number): Row[] {
  const out: Row[] = [];
  let start = 0;
  for (let i = 1; i <= row.words.length; i++) {
    if (i === row.words.length || row.words[i]!.x0 - row.words[i - 1]!.x1 >= minGap) {
      out.push(makeRow(row.words.slice(start, i), row.page));
      start = i;
    }
  }
  return out;
}

export { median };
