/**
 * Items run into one paragraph: "1. C04: (1) Chủ trì …; (2) Tuyên bố …; (3) …" is a role line
 * and its items typeset as one paragraph (or joined so by OCR). Cut where each item starts, the
 * tree sees the shape it sees when every item has a line of its own.
 */
import type { Grammar } from '../grammar/compile.js';
import { wordCount } from '../cleanse/inline.js';
import { matchesOf } from '../grammar/pattern.js';

// Item letters in the order Vietnamese counts them (no f, j, w, z; đ after d).
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
const LEAD_WORDS = 15;

const follows = (prev: string, key: string): boolean =>
  /^\d+$/u.test(prev) ? Number(key) === Number(prev) + 1 : LETTERS.indexOf(key) === LETTERS.indexOf(prev) + 1;

// The run starts a paragraph (at any number: a line of its own may have broken it off) or
// opens at 1 or "a" after a lead-in: a role or a clause of a few words ending in a colon.
function opens(key: string, before: string): boolean {
  const lead = before.trim();
  return lead === '' || ((key === '1' || key === 'a') && lead.endsWith(':') && wordCount(lead) <= LEAD_WORDS);
}

/**
 * Where the items run into a paragraph start (offsets into `value`), or [] when it holds no
 * such run: at least two labels of one kind counting up.
 */
export function runInStarts(value: string, grammar: Grammar): number[] {
  for (const re of grammar.runIn) {
    const starts: number[] = [];
    let last: string | null = null;
    for (const m of matchesOf(re, value)) {
      const key = m.groups?.label ?? '';
      if (last === null ? !opens(key, value.slice(0, m.index)) : !follows(last, key)) continue;
      starts.push(m.index);
      last = key;
    }
    if (starts.length >= 2) return starts;
  }
  return [];
}
