/**
 * Hostile inputs finish in time proportional to their size. Each grammar pattern is run on long
 * repetitions of its own examples and of separators, unbalanced parentheses and quotes, very long
 * lines and deep numbering (fast-check draws the compositions); whole documents of those shapes go
 * through the pipeline at two sizes. Bounds are generous on purpose: a linear pass is far inside
 * them on a busy machine, a backtracking pattern or a per-item rescan of the line is orders past.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern } from '../src/grammar/compile.js';
import { extractBytes } from '../src/pipeline.js';
import { exampleText, type PatternSpec } from '../src/schema/grammar.js';
import { builtinPatterns } from './helpers/grammar-patterns.js';
import { letteredItems, oneLine } from './helpers/hostile-inputs.js';

// Every adversarial text a pattern sees is this long. A linear match over it takes well under a
// millisecond; a quadratic one (a rescan from each position) ~10⁸ steps, an exponential one never ends.
const LENGTH = 20_000;
const PATTERN_BUDGET_MS = 250;

const SEPARATORS = [' ', ', ', '; ', ': ', ' - ', '. ', '\t', '/', '  '];
const OPENERS = ['(', '"', '“', '[', '‘', '*'];
const NUMBERING = ['1.', 'I.', 'a)', '1.1.', '1.1.1.', 'II.', '-', '+', '(1)'];

/** A text of about `length` characters: `parts` repeated in turn. */
const repeatTo = (parts: string[], length: number): string => {
  const unit = parts.join('');
  return unit ? unit.repeat(Math.ceil(length / unit.length)).slice(0, length) : '';
};

/** The families of hostile texts made from a pattern's examples: each draw is one text. */
function hostileText(examples: string[]): fc.Arbitrary<string> {
  const example = fc.constantFrom(...examples);
  const piece = fc.oneof(example, fc.constantFrom(...SEPARATORS), fc.constantFrom(...OPENERS));
  return fc.oneof(
    // long repetitions of the examples and separators, in any mix
    fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => repeatTo(parts, LENGTH)),
    // an example, then a long run of one separator or opener (a tail to backtrack over), then an example
    fc.tuple(example, fc.constantFrom(...SEPARATORS, ...OPENERS), example).map(([a, sep, b]) => `${a}${sep.repeat(LENGTH / sep.length)}${b}`),
    // unbalanced parentheses and quotes before an example
    fc.tuple(fc.constantFrom(...OPENERS), example).map(([open, ex]) => `${repeatTo([open, ex.slice(0, 8)], LENGTH)}${ex}`),
    // one very long line: an example's words over and over without a stop
    example.map((ex) => repeatTo([ex.replace(/[.;:]+$/u, ''), ' '], LENGTH)),
    // deep numbering: "1.1.1.1. …" before an example
    fc.tuple(fc.constantFrom(...NUMBERING), example).map(([n, ex]) => `${repeatTo([n], LENGTH)} ${ex}`),
  );
}

const elapsed = (run: () => unknown): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

describe('hostile input: every grammar pattern', () => {
  for (const { patterns } of builtinPatterns()) {
    for (const { path, spec } of patterns) {
      it(`${path} stays linear on repetitions, long runs, open brackets and deep numbering`, () => {
        const re = compilePattern(spec as PatternSpec);
        const examples = spec.examples.map(exampleText);
        fc.assert(
          fc.property(hostileText(examples), (text) => {
            // Every position, as a search does (a global pattern from its lastIndex, a sticky one read at each start).
            const ms = elapsed(() => {
              re.lastIndex = 0;
              re.exec(text);
              re.lastIndex = 0;
            });
            expect(ms, `${spec.pattern} on ${text.length} characters starting "${text.slice(0, 60)}"`).toBeLessThan(PATTERN_BUDGET_MS);
          }),
          { numRuns: 12 },
        );
      });
      // The draws above are random; a run of spaces after a match (a lookahead "\s*,?\s*" went quadratic on it) is always tried.
      it(`${path} stays linear on a long run of spaces after each of its examples`, () => {
        const re = compilePattern(spec as PatternSpec);
        const examples = spec.examples.map(exampleText);
        for (const [a, b] of examples.map((ex, i) => [ex, examples[(i + 1) % examples.length]!])) {
          const text = `${a}${' '.repeat(LENGTH)}${b}`;
          const ms = elapsed(() => {
            re.lastIndex = 0;
            re.exec(text);
            re.lastIndex = 0;
          });
          expect(ms, `${spec.pattern} on "${a}" + ${LENGTH} spaces + "${b}"`).toBeLessThan(PATTERN_BUDGET_MS);
        }
      });
    }
  }
});

/** The smaller of two runs' times (the machine is shared: one slow run says little). */
async function extractMs(text: string): Promise<number> {
  const bytes = new TextEncoder().encode(text);
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    await extractBytes({ name: 'hostile.txt', bytes });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

// Eight times the input may cost at most GROWTH times the time: linear work gives ≤ 8, a per-item
// rescan 64; the base is made large enough that start-up costs do not hide either.
const GROWTH = 20;
const HEAD = 'KẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\nII. NHIỆM VỤ\n';

const documents: [string, (n: number) => string][] = [
  ['one line of "chủ trì, phối hợp với" clauses', (n) => oneLine(n * 100)],
  ['lettered items with field lines', (n) => letteredItems(n * 20)],
  ['deep numbering', (n) => `${HEAD}${Array.from({ length: n * 20 }, (_, i) => `${Array.from({ length: 1 + (i % 8) }, () => '1').join('.')}. Tổ chức triển khai (Sở Nội vụ chủ trì\n`).join('')}`],
  ['unbalanced brackets and quotes in one item', (n) => `${HEAD}1. ${'Tổ chức (thực hiện “nhiệm vụ [của ‘Sở Tư pháp, '.repeat(n * 60)}\n`],
  ['cell-per-line table headers, blank-separated, without rows', (n) => `${HEAD}${'TT\n\nNội dung\n\nCơ quan chủ trì\n\nThời gian\n\n'.repeat(n * 20)}`],
  ['one table row of many wrapped cells', (n) => `${HEAD}TT\nNội dung\nCơ quan chủ trì\nThời gian\n1\n${'tổ chức thực hiện\n'.repeat(n * 20)}`],
];

describe('hostile input: whole documents grow linearly', () => {
  for (const [name, make] of documents) {
    it(name, async () => {
      const small = await extractMs(make(10));
      const large = await extractMs(make(80));
      expect(large, `${name}: ${small.toFixed(0)} ms at 1×, ${large.toFixed(0)} ms at 8×`).toBeLessThan(GROWTH * Math.max(small, 20));
    }, 120_000);
  }
});
