/**
 * Ids made unique in order: the first "II.1.a" keeps its id, the next become "II.1.a-2", "II.1.a-3" …
 * Each id remembers the suffix it reached, so a plan that repeats one label 10 000 times costs
 * 10 000 steps, not the 50 million of counting up from 2 for each.
 */
export function uniqueIds(items: { id: string }[], taken: Set<string> = new Set()): void {
  const next = new Map<string, number>();
  for (const item of items) {
    const base = item.id;
    let id = base;
    if (taken.has(id)) {
      // Suffixes below the remembered one were all taken, and the set only grows.
      let k = next.get(base) ?? 2;
      while (taken.has(`${base}-${k}`)) k++;
      next.set(base, k + 1);
      id = `${base}-${k}`;
    }
    item.id = id;
    taken.add(id);
  }
}
