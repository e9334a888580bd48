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
