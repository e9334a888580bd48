/**
 * A scan's misread tone marks, mended from the document itself. OCR reads a header in capitals
 * worst ("BAN CHÍ ĐẠO CAI CÁCH HÀNH CHÍNH CỦA CHÍNH PHÙ"), while the body repeats the same words,
 * mostly read right ("Ban Chỉ đạo cải cách hành chính của Chính phủ"). A word is respelled as the
 * document most often spells the same letters beside the same neighbour; nothing outside the
 * document is consulted, so no word is invented.
 */
import { withoutMarks } from './tone.js';

const WORD = /[\p{L}\p{M}]+/gu;
// A spelling must be seen this often beside the neighbour, and more often than the word's own, to replace it.
const MIN_VOTES = 2;

const bare = (w: string): string => withoutMarks(w).toLowerCase();

/**
 * Respells a value's words by the document's majority spelling; returns the value unchanged where the
 * document is not sure. `caseFromText` also takes the document's capitals for a value that was typed in
 * capitals and cased by rule ("… của chính phủ" → "… của Chính phủ"), from the document's mixed-case lines;
 * its first word keeps its own.
 */
export type Respell = (value: string, caseFromText?: boolean) => string;

/** Counts how the document spells each word beside each neighbour, once, for any number of values. */
export function documentSpellings(text: string): Respell {
  // "left neighbour's letters ␟ word's letters" and "word's letters ␟ right neighbour's letters" → spelling as written → count.
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, spelled: string) => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(spelled, (m.get(spelled) ?? 0) + 1);
  };
  let prev: { bare: string; word: string } | null = null;
  for (const [w] of text.matchAll(WORD)) {
    const cur = { bare: bare(w), word: w };
    if (prev) {
      vote(`${prev.bare}\u241f${cur.bare}>`, cur.word);
      vote(`<${prev.bare}\u241f${cur.bare}`, prev.word);
    }
    prev = cur;
  }
  return (value, caseFromText = false) => {
    const words = [...value.matchAll(WORD)];
    let out = '';
    let at = 0;
    words.forEach((m, i) => {
      const w = m[0];
      const written = new Map<string, number>();
      const add = (key: string) => {
        for (const [s, n] of votes.get(key) ?? []) written.set(s, (written.get(s) ?? 0) + n);
      };
      if (i > 0) add(`${bare(words[i - 1]![0])}\u241f${bare(w)}>`);
      if (i + 1 < words.length) add(`<${bare(w)}\u241f${bare(words[i + 1]![0])}`);
      const spelled = new Map<string, number>();
      for (const [s, n] of written) spelled.set(s.toLowerCase(), (spelled.get(s.toLowerCase()) ?? 0) + n);
      const best = top(spelled);
      const own = spelled.get(w.toLowerCase()) ?? 0;
      const lower = best && best[1] >= MIN_VOTES && best[1] > own ? best[0] : w.toLowerCase();
      const cased = caseFromText && i > 0 ? top(new Map([...written].filter(([s]) => s.toLowerCase() === lower && s !== s.toUpperCase()))) : null;
      out += value.slice(at, m.index);
      out += cased && cased[1] >= MIN_VOTES ? cased[0] : lower === w.toLowerCase() ? w : sameCase(lower, w);
      at = m.index! + w.length;
    });
    return out + value.slice(at);
  };
}

const top = (m: Map<string, number>): [string, number] | null => {
  let best: [string, number] | null = null;
  for (const entry of m) if (!best || entry[1] > best[1]) best = entry;
  return best;
};

/** `spelled` (lower case) with the capitals of `like`, letter by letter. */
function sameCase(spelled: string, like: string): string {
  const a = [...spelled];
  const b = [...like];
  if (a.length !== b.length) return spelled;
  return a.map((c, i) => (b[i] !== b[i]!.toLowerCase() ? c.toUpperCase() : c)).join('');
}
