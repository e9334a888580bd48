/**
 * Reads grammar files (YAML), validates each against its zod schema, and merges
 * a user's grammar directories on top of the built-in one. A broken file fails
 * with `file:line:column: reason`.
 */
import { readFileSync, readdirSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Document, LineCounter as LineCounterT } from 'yaml';
import type { ZodError } from 'zod';
import { grammarFileSchemas, type GrammarFileName, type GrammarFiles } from '../schema/grammar.js';

/** The built-in grammar directory (src/ and dist/ both sit two levels below the package root). */
export const builtinGrammarDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'grammars', 'vi');

export class GrammarError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'GrammarError';
  }
}

function isGrammarFileName(name: string): name is GrammarFileName {
  return Object.hasOwn(grammarFileSchemas, name);
}

function locate(doc: Document, counter: LineCounterT, path: PropertyKey[]): { line: number; col: number } {
  // Walk up the path until a node with a range is found.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return counter.linePos(node.range[0] as number);
  }
  return { line: 1, col: 1 };
}

/** Parses and validates one grammar file. */
export function readGrammarFile(file: string): { name: GrammarFileName; data: GrammarFiles[GrammarFileName] } {
  const name = basename(file);
  if (!isGrammarFileName(name)) {
    throw new GrammarError(
      `Unexpected grammar file "${name}", expected one of ${Object.keys(grammarFileSchemas).join(', ')}`,
      file, 1, 1,
    );
  }
  // yaml is loaded only when a file must be parsed: the built-in grammar usually comes from its snapshot.
  const { LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const { line, col } = counter.linePos(err.pos[0]);
    throw new GrammarError(err.message.split('\n')[0]!, file, line, col);
  }
  const parsed = grammarFileSchemas[name].safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = (parsed.error as ZodError).issues[0]!;
    const { line, col } = locate(doc, counter, issue.path);
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new GrammarError(`${issue.message}${where}`, file, line, col);
  }
  return { name, data: parsed.data };
}

/** Merges b over a: lists are concatenated with b's entries first, so user entries win ties. */
function merge<T>(a: T, b: T): T {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
    const prev = out[k];
    out[k] = Array.isArray(prev) && Array.isArray(v) ? [...v, ...prev] : v;
  }
  return out as T;
}

function readGrammarDir(dir: string): Partial<GrammarFiles> {
  if (!existsSync(dir)) throw new GrammarError('Grammar directory not found', dir, 1, 1);
  const files: Partial<GrammarFiles> = {};
  for (const entry of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const { name, data } = readGrammarFile(join(dir, entry));
    (files as Record<string, unknown>)[name] = data;
  }
  return files;
}

// The built-in grammar, validated at build time, so that start-up need not parse YAML. Two levels
// up is the package root from src/grammar, dist/grammar and dist/bundle alike.
const snapshotPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'grammar', 'builtin-grammar.json');

/** What a snapshot was made from: each built-in file's name, size and modification time. */
function builtinStamp(): string {
  return readdirSync(builtinGrammarDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const s = statSync(join(builtinGrammarDir, f));
      return `${f}:${s.size}:${Math.trunc(s.mtimeMs)}`;
    })
    .join('|');
}

/** Writes the validated built-in grammar beside the compiled code (run by `npm run build`). */
export function writeBuiltinSnapshot(): void {
  writeFileSync(snapshotPath, JSON.stringify({ stamp: builtinStamp(), files: readGrammarDir(builtinGrammarDir) }));
}

function readBuiltin(): Partial<GrammarFiles> {
  if (existsSync(snapshotPath)) {
    const snap = JSON.parse(readFileSync(snapshotPath, 'utf8')) as { stamp: string; files: Partial<GrammarFiles> };
    // A built-in file edited since the build is read afresh.
    if (snap.stamp === builtinStamp()) return snap.files;
  }
  return readGrammarDir(builtinGrammarDir);
}

/** Loads the built-in grammar and, on top, every grammar file in `extraDirs`. */
export function loadGrammarFiles(extraDirs: readonly string[] = []): GrammarFiles {
  const files: Partial<GrammarFiles> = readBuiltin();
  for (const dir of extraDirs) {
    for (const [name, data] of Object.entries(readGrammarDir(dir))) {
      const prev = (files as Record<string, unknown>)[name];
      (files as Record<string, unknown>)[name] = prev ? merge(prev, data) : data;
    }
  }
  for (const name of Object.keys(grammarFileSchemas) as GrammarFileName[]) {
    if (!files[name]) throw new GrammarError(`Missing grammar file "${name}"`, builtinGrammarDir, 1, 1);
  }
  return files as GrammarFiles;
}
