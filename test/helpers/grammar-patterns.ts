/** Every pattern of the built-in grammar files, with where it sits ("time.yaml.deadlineClauses[0]"). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtinGrammarDir } from '../../src/grammar/load.js';
import type { PatternSpec } from '../../src/schema/grammar.js';

export interface FoundPattern {
  path: string;
  spec: PatternSpec;
}

export function patternsIn(node: unknown, path: string, out: FoundPattern[] = []): FoundPattern[] {
  if (Array.isArray(node)) node.forEach((n, i) => patternsIn(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    if ('pattern' in node && 'examples' in node) out.push({ path, spec: node as PatternSpec });
    else for (const [k, v] of Object.entries(node)) patternsIn(v, `${path}.${k}`, out);
  }
  return out;
}

/** The built-in grammar files, each with its patterns. */
export const builtinPatterns = (): { file: string; patterns: FoundPattern[] }[] =>
  readdirSync(builtinGrammarDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ file, patterns: patternsIn(parse(readFileSync(join(builtinGrammarDir, file), 'utf8')), file) }));
