/**
 * Regular expressions with Unicode property classes that compile fast.
 *
 * V8 builds a class such as `\p{L}` from the Unicode tables every time it parses a pattern
 * (~0.5 ms each, with case closure more): over parcli's patterns that was ~120 ms of every
 * process's first document. The documents parcli reads are Vietnamese, in Latin script, so `\p{L}`,
 * `\p{N}` and `\p{M}` are rewritten to their members in the Latin blocks (and the combining
 * marks), computed once per process from the real properties. Each must stay short as well as
 * cheap to build: V8 copies a global pattern for every matchAll() and split(), at a cost that
 * grows with its source. So the blocks are few, and `\p{Lu}`/`\p{Ll}` (cheaper to build, but
 * hundreds of single letters in Latin Extended) stay as they are.
 */

// Basic Latin to Latin Extended-B, the combining marks, Latin Extended Additional (Vietnamese).
const BLOCKS: readonly [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** The members of a property within BLOCKS, as class ranges ("a-z\u00e0-\u00f6…"). */
function ranges(property: RegExp): string {
  let out = '';
  for (const [lo, hi] of BLOCKS) {
    for (let c = lo; c <= hi; c++) {
      if (!property.test(String.fromCharCode(c))) continue;
      let end = c;
      while (end < hi && property.test(String.fromCharCode(end + 1))) end++;
      out += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
      c = end;
    }
  }
  return out;
}

let classes: Map<string, string> | undefined;

function propertyRanges(name: string): string | undefined {
  classes ??= new Map(
    (['L', 'N', 'M'] as const).map((p) => [p, ranges(new RegExp(`^\\p{${p}}$`, 'u'))]),
  );
  return classes.get(name);
}

/** A pattern's source with its `\p{L}`, `\p{N}`, `\p{M}` written as explicit ranges. */
export function explicitClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const prop = /^\\p\{(\w+)\}/u.exec(source.slice(i, i + 8));
      const body = prop && propertyRanges(prop[1]!);
      if (body) {
        out += inClass ? body : `[${body}]`;
        i += prop[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** `new RegExp(source, flags)` with explicit classes for a Unicode pattern. */
export function compileRegExp(source: string, flags = 'u'): RegExp {
  return new RegExp(/[uv]/u.test(flags) ? explicitClasses(source) : source, flags);
}

type Tag = (strings: TemplateStringsArray) => RegExp;
const tags = new Map<string, Tag>();

/**
 * A template tag for a pattern written in place, compiled once per call site:
 * rx('iu')`(?<![\p{L}])chủ trì` reads like the literal /(?<![\p{L}])chủ trì/iu, and is one
 * object for the process like a literal hoisted to module scope (a global one shares lastIndex).
 */
export function rx(flags = 'u'): Tag {
  let tag = tags.get(flags);
  if (!tag) {
    const compiled = new WeakMap<TemplateStringsArray, RegExp>();
    tag = (strings) => {
      let r = compiled.get(strings);
      if (!r) {
        r = compileRegExp(strings.raw.join(''), flags);
        compiled.set(strings, r);
      }
      return r;
    };
    tags.set(flags, tag);
  }
  return tag;
}

/**
 * Every match of a global pattern, like `[...s.matchAll(re)]` but without the copy of `re` that
 * matchAll makes on every call (it shows when a pattern runs over each of 100 000 paragraphs).
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** How many characters a global one-character pattern matches in a text, counted without an array of them. */
export const countOf = (re: RegExp, s: string): number => s.length - s.replace(re, '').length;
