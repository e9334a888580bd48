// Every grammar pattern carries examples that must match (with their captures)
// and counter-examples that must not; broken grammar files fail with file:line:col.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinGrammarDir, GrammarError, loadGrammarFiles } from '../src/grammar/load.js';
import { compilePattern, loadGrammar } from '../src/grammar/compile.js';
import { exampleText } from '../src/schema/grammar.js';
import { builtinPatterns } from './helpers/grammar-patterns.js';

describe('built-in grammar', () => {
  it('loads and validates', () => {
    expect(() => loadGrammarFiles()).not.toThrow();
  });
  for (const { patterns } of builtinPatterns()) {
    for (const { path, spec } of patterns) {
      it(`${path} matches its examples and not its counter-examples`, () => {
        const re = compilePattern(spec);
        for (const ex of spec.examples) {
          const text = exampleText(ex);
          const m = re.exec(text);
          expect(m, `"${text}" should match ${spec.pattern}`).not.toBeNull();
          if (typeof ex !== 'string' && ex.captures) {
            for (const [k, v] of Object.entries(ex.captures)) expect(m!.groups?.[k]?.trim(), `capture ${k} of "${text}"`).toBe(v);
          }
        }
        for (const text of spec.counterExamples ?? []) expect(re.test(text), `"${text}" should not match ${spec.pattern}`).toBe(false);
      });
    }
  }
});

describe('user grammar', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'parcli-grammar-'));

  it('reports a broken file with file, line and column', () => {
    const d = dir();
    writeFileSync(join(d, 'text.yaml'), 'nonFinalWords: [và]\nactionVerbs: [Thực hiện]\nproductNouns: 42\n');
    const err = (() => {
      try {
        loadGrammarFiles([d]);
      } catch (e) {
        return e as GrammarError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(GrammarError);
    expect(err!.message).toMatch(/text\.yaml:3:\d+: .*productNouns/u);
  });

  it('rejects unknown grammar files', () => {
    const d = dir();
    writeFileSync(join(d, 'colors.yaml'), 'a: 1\n');
    expect(() => loadGrammarFiles([d])).toThrow(/colors\.yaml:1:1: Unexpected grammar file/u);
  });

  it('adds a user vocabulary on top of the built-in one', () => {
    const d = dir();
    copyFileSync(join(builtinGrammarDir, 'agencies.yaml'), join(d, 'agencies.yaml'));
    writeFileSync(join(d, 'agencies.yaml'), 'abbreviations: [{ abbr: BQLDA, expansion: Ban Quản lý dự án }]\nheadNouns: [Ban Quản lý]\nnamedHeadNouns: []\npluralBodies: []\nfixedPhrases: []\ndescriptionStarts: []\nissuerCodes: []\n');
    const g = loadGrammar([d]);
    expect(g.agencies.expandAbbreviations('BQLDA huyện')).toBe('Ban Quản lý dự án huyện');
    expect(g.agencies.expandAbbreviations('UBND huyện')).toBe('Ủy ban nhân dân huyện');
  });
});
