/**
 * Rebuilds the list labels Word draws from word/numbering.xml ("I.", "1.",
 * "1.2.", "a)", "-"), which mammoth does not put into the text: each level's
 * numFmt, lvlText and start, counters per list (numId) and level, deeper
 * levels restarting when a shallower one advances.
 */
import { child, children, val, type XmlDocument } from './xml.js';
import type { NumberingRef } from './styles.js';

interface Level {
  format: string;
  text: string;
  start: number;
  legal: boolean;
  styleId?: string;
}

interface List {
  levels: Map<number, Level>;
  startOverrides: Map<number, number>;
}

export interface Numbering {
  /** The label of the next item of a list level, "" for no visible label; advances the counters. */
  next(ref: NumberingRef, styleId?: string): string;
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'none': return '';
    default: return String(n);
  }
}

/** A bullet as text: symbol-font code points (U+F0xx) become the glyph they draw. */
function bulletText(text: string): string {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000 === 0x2d ? '-' : '•';
    return ch === 'o' ? '◦' : ch;
  }).join('').trim();
}

/** Reads numbering.xml (or nothing, when the part is missing). */
export function readNumbering(doc: XmlDocument | null): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const lists = new Map<string, List>();
  if (doc) {
    const root = doc.documentElement!;
    for (const a of children(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        levels.set(Number(l.getAttribute('w:ilvl') ?? 0), {
          format: val(l, 'w:numFmt') ?? 'decimal',
          text: val(l, 'w:lvlText') ?? '',
          start: Number(val(l, 'w:start') ?? 1),
          legal: !!child(l, 'w:isLgl'),
          styleId: val(l, 'w:pStyle'),
        });
      }
      abstract.set(a.getAttribute('w:abstractNumId') ?? '', levels);
    }
    for (const n of children(root, 'w:num')) {
      const startOverrides = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const start = val(o, 'w:startOverride');
        if (start !== undefined) startOverrides.set(Number(o.getAttribute('w:ilvl') ?? 0), Number(start));
      }
      const levels = abstract.get(val(n, 'w:abstractNumId') ?? '');
      if (levels) lists.set(n.getAttribute('w:numId') ?? '', { levels, startOverrides });
    }
  }

  const counters = new Map<string, number[]>();
  return {
    next({ numId, ilvl }, styleId) {
      const list = lists.get(numId);
      if (!list) return '';
      const depth = ilvl ?? [...list.levels].find(([, l]) => l.styleId === styleId)?.[0] ?? 0;
      const level = list.levels.get(depth);
      if (!level) return '';
      const startOf = (d: number) => list.startOverrides.get(d) ?? list.levels.get(d)?.start ?? 1;
      const count = counters.get(numId) ?? [];
      for (let d = 0; d < depth; d++) count[d] ??= startOf(d);
      count[depth] = count[depth] === undefined ? startOf(depth) : count[depth]! + 1;
      count.length = depth + 1;
      counters.set(numId, count);
      if (level.format === 'bullet') return bulletText(level.text);
      return level.text.replace(/%([1-9])/gu, (_m, d: string) => {
        const n = Number(d) - 1;
        const fmt = level.legal ? 'decimal' : list.levels.get(n)?.format ?? 'decimal';
        return formatNumber(count[n] ?? startOf(n), fmt);
      }).trim();
    },
  };
}
