import { compileRegExp } from '../grammar/pattern.js';
/**
 * One tone-mark convention: the mark on the first vowel of an open "oa", "oe", "uy"
 * syllable ("hóa", "thủy"), as most administrative text writes it. "hoá" → "hóa",
 * "Thuỷ" → "Thủy" ("quý" stays); "hoàng", "hoạch" (closed syllables) are the same in both conventions.
 */
const PAIRS: [string, string][] = [];
for (const [a, b, marks] of [
  ['o', 'a', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
  ['o', 'e', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
  ['u', 'y', ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']],
] as const) {
  for (const m of marks) {
    for (const up of [false, true]) {
      const x = up ? a.toUpperCase() : a;
      const y = up ? b.toUpperCase() : b;
      PAIRS.push([(x + y + m).normalize('NFC'), (x + m + y).normalize('NFC')]);
      PAIRS.push([(x.toUpperCase() + y + m).normalize('NFC'), (x.toUpperCase() + m + y).normalize('NFC')]);
    }
  }
}
const MAP = new Map(PAIRS);
// After "q" the "u" belongs to the consonant ("quý", "Quỹ"): the mark stays on the "y".
const RE = compileRegExp(`(?<![qQ])(?:${[...MAP.keys()].join('|')})(?![\\p{L}])`, 'gu');

/** Rewrites open "oa/oe/uy" syllables to the one convention; NFC in, NFC out. */
export function normalizeTone(s: string): string {
  return s.replace(RE, (m) => MAP.get(m) ?? m);
}

/** Letters without their marks and Đ without its bar, case kept: how a name compares when OCR misread its marks ("LÂM ĐÒNG" ~ "LÂM ĐỒNG"). */
export const withoutMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/gu, 'D').replace(/đ/gu, 'd');

/** A word or name as OCR may misread its marks: letters without them, lower case. */
export const bareKey = (s: string): string => withoutMarks(s).toLowerCase();
