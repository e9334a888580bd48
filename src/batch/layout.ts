/**
 * Where each input's result goes under `-o DIR`: the input tree mirrored relative
 * to the inputs' common base, never outside DIR, never onto an input.
 */
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { STDIN_NAME, type InputItem } from './inputs.js';

/** An input with its path relative to the common base ("sub/plan.txt"), '/'-separated. */
export interface PlacedItem extends InputItem {
  rel: string;
}

/** The deepest folder holding every root; cwd when there is none. */
export function commonBase(roots: string[], cwd: string): string {
  if (roots.length === 0) return cwd;
  const split = roots.map((r) => resolve(r).split(sep));
  const first = split[0]!;
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** Gives every input its path relative to the common base of all inputs. */
export function placeInputs(items: InputItem[], cwd: string): PlacedItem[] {
  const base = commonBase(items.flatMap((item) => (item.root ? [item.root] : [])), cwd);
  return items.map((item) => ({
    ...item,
    rel: item.path ? relative(base, item.path).split(sep).join('/') : item.bytes ? STDIN_NAME : item.display,
  }));
}

/** An output path, or why the input gets none. */
export type Target = { path: string } | { error: string };

/**
 * The output file of each input under `outDir`: `sub/NAME.ext`, or `sub/NAME.txt.ext`
 * when two inputs in one folder share a name; an error for a path that would leave
 * `outDir` or overwrite an input.
 */
export function planTargets(items: PlacedItem[], outDir: string, extension: string): Target[] {
  const stemmed = items.map((item) => join(dirname(item.rel), basename(item.rel, extname(item.rel)) + extension));
  const uses = new Map<string, number>();
  for (const s of stemmed) uses.set(s, (uses.get(s) ?? 0) + 1);
  const inputs = new Set(items.flatMap((item) => (item.path ? [item.path] : [])));
  return items.map((item, i) => {
    const rel = uses.get(stemmed[i]!)! > 1 ? item.rel + extension : stemmed[i]!;
    const path = resolve(outDir, rel);
    const inside = relative(outDir, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { error: `output path "${rel}" would be outside ${outDir}` };
    if (inputs.has(path)) return { error: `output ${path} would overwrite an input` };
    return { path };
  });
}
