/**
 * Text similarity for telling that two statements are the same work. A trigram is kept as
 * the number its three UTF-16 code units spell (c1·2³² + c2·2¹⁶ + c3), so a text's trigrams are
 * a sorted array of numbers: no string per trigram, and two texts compare by a merge.
 */

const normalize = (s: string) =>
  s.normalize('NFC').toLowerCase().replace(/[*“”"]/gu, '').replace(/\s+/gu, ' ').replace(/^[\s\-+•–]+|[\s.;:,]+$/gu, '').trim();

/** A text's trigrams as a multiset: distinct trigrams ascending, how often each occurs, and how many in all. */
export interface Trigrams {
  grams: Float64Array;
  counts: Uint32Array;
  total: number;
}

const PLANE = 0x10000;

/** Trigram counts of a text, normalized (case, spacing, edge punctuation). */
export function trigrams(text: string): Trigrams {
  const t = ` ${normalize(text)} `;
  const all = new Float64Array(Math.max(0, t.length - 2));
  for (let i = 0; i < all.length; i++) all[i] = (t.charCodeAt(i) * PLANE + t.charCodeAt(i + 1)) * PLANE + t.charCodeAt(i + 2);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (!i || all[i] !== all[i - 1]) distinct++;
  // The distinct trigrams are written over the sorted ones in place: one array per text, no lists.
  const counts = new Uint32Array(distinct);
  let k = -1;
  for (let i = 0; i < all.length; i++) {
    if (!i || all[i] !== all[i - 1]) all[++k] = all[i]!;
    counts[k]!++;
  }
  return { grams: all.subarray(0, distinct), counts, total: all.length };
}

/** Dice coefficient of two trigram multisets: 1 for the same text, 0 for nothing shared. */
export function dice(a: Trigrams, b: Trigrams): number {
  const total = a.total + b.total;
  if (!total) return 0;
  let inter = 0;
  for (let i = 0, j = 0; i < a.grams.length && j < b.grams.length; ) {
    const x = a.grams[i]!;
    const y = b.grams[j]!;
    if (x === y) inter += Math.min(a.counts[i++]!, b.counts[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return (2 * inter) / total;
}

/** The highest Dice two texts of these sizes can reach: a cheap bound before comparing them. */
export const diceBound = (a: Trigrams, b: Trigrams): number => (a.total + b.total ? (2 * Math.min(a.total, b.total)) / (a.total + b.total) : 0);

/**
 * Prefix filtering for a similarity join: with trigrams ordered rarest first, two texts whose
 * Dice similarity reaches `threshold` share a trigram within the first grams of each. The
 * prefixes are given as ranks in that order (rarest 0), which is all a join needs to match them.
 */
export function prefixFilter(all: Trigrams[], threshold: number): (g: Trigrams) => Uint32Array {
  const df = new Map<number, number>();
  for (const g of all) for (const k of g.grams) df.set(k, (df.get(k) ?? 0) + 1);
  const rank = new Map([...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || a - b).map((k, i) => [k, i]));
  return (g) => {
    const ranks = Uint32Array.from(g.grams, (k) => rank.get(k) ?? 0).sort();
    const overlap = Math.ceil((threshold * ranks.length) / (2 - threshold));
    return ranks.subarray(0, Math.max(1, ranks.length - overlap + 1));
  };
}
