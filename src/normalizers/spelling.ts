/**
 * Misread or mistyped tone marks, mended from the document itself. OCR reads a header in capitals
 * worst ("BAN CHÍ ĐẠO CAI CÁCH HÀNH CHÍNH CỦA CHÍNH PHÙ"), a typist slips there too ("TRUYỂN THÔNG"),
 * while the body repeats the same words, mostly right ("Ban Chỉ đạo cải cách hành chính của Chính
 * phủ"). A word is respelled as the document most often spells the same letters beside the same
 * neighbour; besides the document only the grammar's own wordings are consulted, so no word is invented.
 */
import { escapeRegExp } from '../grammar/compile.js';
import { compileRegExp } from '../grammar/pattern.js';
import { ownString } from '../model/own-string.js';
import { bareKey, normalizeTone } from './tone.js';

const WORD = /[\p{L}\p{M}]+/gu;
// The names a header gives are repeated early in the body: this much text is read, whatever the input's size.
const WINDOW = 300_000;
// A spelling must be seen this often beside the neighbour, and more often than the word's own, to replace it.
const MIN_VOTES = 2;
// The grammar's wordings are spelled with care: each counts as much as the document's own repeated spelling,
// so that it outvotes a header's one misread ("HỘI ĐỒNG THẢM ĐỊNH") where the body never writes the words right.
const WORDING_VOTES = MIN_VOTES;

/**
 * Respells a value's words by the document's majority spelling; returns the value unchanged where the
 * document is not sure. `caseFromText` also takes the capitals the body writes the whole name with, for a
 * value that was typed in capitals and cased by rule ("… của chính phủ" → "… của Chính phủ").
 */
export type Respell = (value: string, caseFromText?: boolean) => string;

/**
 * Counts how the document spells each word beside each neighbour, once, for any number of values;
 * `wordings` (the grammar's own titles and names) count as more of the document.
 */
export function documentSpellings(text: string, wordings = ''): Respell {
  // A copy, not a view: the respeller outlives the loaded text, which a view would keep whole.
  const window = ownString(text.slice(0, WINDOW));
  // "left neighbour's letters ␟ word's letters" and "word's letters ␟ right neighbour's letters" → spelling as written → count.
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, spelled: string, weight: number) => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(spelled, (m.get(spelled) ?? 0) + weight);
  };
  const bareOf = new Map<string, string>();
  const count = (text: string, weight: number) => {
    let prev: { bare: string; word: string } | null = null;
    for (const [w] of text.matchAll(WORD)) {
      let b = bareOf.get(w);
      if (b === undefined) bareOf.set(w, (b = bareKey(w)));
      const cur = { bare: b, word: w };
      if (prev) {
        vote(`${prev.bare}\u241f${cur.bare}>`, cur.word, weight);
        vote(`<${prev.bare}\u241f${cur.bare}`, prev.word, weight);
      }
      prev = cur;
    }
  };
  count(wordings, WORDING_VOTES);
  count(window, 1);
  // The window as letters without marks, index for index (NFC Vietnamese keeps its length), for whole-phrase lookups.
  const bareWindow = bareKey(window);
  const respellWords = (value: string): string => {
    const words = [...value.matchAll(WORD)];
    let out = '';
    let at = 0;
    words.forEach((m, i) => {
      const w = m[0];
      const written = new Map<string, number>();
      const add = (key: string) => {
        for (const [s, n] of votes.get(key) ?? []) written.set(s, (written.get(s) ?? 0) + n);
      };
      if (i > 0) add(`${bareKey(words[i - 1]![0])}\u241f${bareKey(w)}>`);
      if (i + 1 < words.length) add(`<${bareKey(w)}\u241f${bareKey(words[i + 1]![0])}`);
      const spelled = new Map<string, number>();
      for (const [s, n] of written) spelled.set(spelling(s), (spelled.get(spelling(s)) ?? 0) + n);
      const best = top(spelled);
      const own = spelled.get(spelling(w)) ?? 0;
      out += value.slice(at, m.index);
      out += best && best[1] >= MIN_VOTES && best[1] > own ? sameCase(best[0], w) : w;
      at = m.index! + w.length;
    });
    return out + value.slice(at);
  };
  // The capitals the body gives the whole name where it writes it in mixed case ("… của Chính phủ").
  const caseOfPhrase = (value: string): string => {
    const words = value.match(WORD);
    if (!words || bareWindow.length !== window.length) return value;
    const re = compileRegExp(`(?<![\\p{L}\\p{M}])${words.map((w) => escapeRegExp(bareKey(w))).join('[^\\p{L}\\p{M}]+')}(?![\\p{L}\\p{M}])`, 'gu');
    const forms = new Map<string, number>();
    for (const m of bareWindow.matchAll(re)) {
      const form = window.slice(m.index, m.index + m[0].length).replace(/\s+/gu, ' ');
      if (form !== form.toUpperCase() && spelling(form) === spelling(value.replace(/\s+/gu, ' '))) forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    const best = top(forms);
    if (!best || best[1] < MIN_VOTES) return value;
    // Its first word keeps the value's own capital.
    return value.charAt(0) + best[0].slice(1);
  };
  return (value, caseFromText = false) => {
    const spelled = respellWords(value);
    return caseFromText ? caseOfPhrase(spelled) : spelled;
  };
}

// "hoá" and "hóa" are one spelling (normalizeTone's convention decides between them elsewhere).
const spelling = (s: string): string => normalizeTone(s.toLowerCase());

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
