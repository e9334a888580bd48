/**
 * Item numbers set as superscripts: "… đại biểu; ⁽²⁾ Tuyên bố lý do …", a body's duties run into
 * one paragraph. Tesseract reads the small raised "(2)" as a mark ("®)", "#)", "''", "2"), often at
 * a confidence it would drop. Their shape tells them: a mark of a letter or digit at most, short,
 * its foot well above the words beside it, after a clause's end and before a capital. They become
 * "(k)", counted within OCR's paragraph, for the run-in items to be cut there.
 */
import { median, type Word } from './words.js';
import { rx } from '../../grammar/pattern.js';

const MARK = rx('u')`^[^\p{L}\p{N}]*[\p{L}\p{N}]?[^\p{L}\p{N}]*$`;
// Bullets and dashes sit raised too, and so does a closing quote set apart: never a number. Nor is
// an item's own "4." at a line's start, which marks below the next word's letters make look raised.
const NOT_NUMBER = /^(?:[-–—•·*+_=~.,:;]+|["'“”‘’])$|\.$/u;
const BODY = rx('u')`\p{L}{2}`;
const CLAUSE_END = /[:;.]$/u;
const CAPITAL = rx('u')`^\p{Lu}`;
// A superscript is set smaller and raised, but not a speck: measured in its neighbours' height.
const SMALL = 0.8;
const SPECK = 0.4;
const RAISED = 0.2;

/** Whether a word is short enough to be a misread superscript number ("®)", "''", "2"). */
export const markShaped = (text: string): boolean => text.length <= 3 && MARK.test(text) && !NOT_NUMBER.test(text);

/** The paragraph of an OCR line key ("8.2.3" → "8.2"). */
const paragraphOf = (line: string | undefined): string => line?.replace(/\.\d+$/u, '') ?? '';

/**
 * Rewrites the raised item numbers among a page's OCR words (in reading order, each with its OCR
 * line) to "(k)" and returns their indices.
 */
export function readRaisedNumbers(words: Word[]): Set<number> {
  const found = new Set<number>();
  let par = '';
  let count = 0;
  words.forEach((w, i) => {
    if (!markShaped(w.text) || !isRaised(words, i)) return;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (!prev || !next || !CLAUSE_END.test(prev.text) || !CAPITAL.test(next.text)) return;
    if (paragraphOf(w.line) !== par) [par, count] = [paragraphOf(w.line), 0];
    w.text = `(${++count})`;
    found.add(i);
  });
  return found;
}

function isRaised(words: Word[], i: number): boolean {
  const w = words[i]!;
  const near = [words[i - 2], words[i - 1], words[i + 1], words[i + 2]].filter((n): n is Word => !!n && n.line === w.line && BODY.test(n.text));
  if (!near.length) return false;
  const h = median(near.map((n) => n.y1 - n.y0));
  const foot = Math.min(...near.map((n) => n.y1));
  const height = w.y1 - w.y0;
  return height >= SPECK * h && height <= SMALL * h && w.y1 <= foot - RAISED * h;
}
