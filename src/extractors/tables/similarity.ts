/** Text similarity for telling that two statements are the same work. */

const normalize = (s: string) =>
  s.normalize('NFC').toLowerCase().replace(/[*“”"]/gu, '').replace(/\s+/gu, ' ').replace(/^[\s\-+•–]+|[\s.;:,]+$/gu, '').trim();

/** Trigram counts of a text, normalized (case, spacing, edge punctuation). */
export function trigrams(text: string): Map<string, number> {
  const t = ` ${normalize(text)} `;
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= t.length; i++) m.set(t.slice(i, i + 3), (m.get(t.slice(i, i + 3)) ?? 0) + 1);
  return m;
}

/** Dice coefficient of two trigram multisets: 1 for the same text, 0 for nothing shared. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let total = 0;
  for (const [g, n] of a) {
    inter += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total ? (2 * inter) / total : 0;
}

/**
 * Prefix filtering for a similarity join: with trigrams ordered rarest first, two texts whose
 * Dice similarity reaches `threshold` share a trigram within the first grams of each.
 */
export function prefixFilter(all: Map<string, number>[], threshold: number): (g: Map<string, number>) => string[] {
  const df = new Map<string, number>();
  for (const g of all) for (const k of g.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return (g) => {
    const keys = [...g.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    const overlap = Math.ceil((threshold * keys.length) / (2 - threshold));
    return keys.slice(0, Math.max(1, keys.length - overlap + 1));
  };
}
