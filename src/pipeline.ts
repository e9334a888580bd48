/**
 * The whole flow as one list: load → build the working document → extractors
 * (in their registry order) → normalizers → validate against the contract.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { loadGrammar } from './grammar/compile.js';
import { loaders, detectFormat, type LoadContext, type LoadOptions } from './loaders/index.js';
import { createReporter } from './model/report.js';
import type { Working, ExtractOptions, ExtractContext } from './model/working.js';
import { documentSpellings } from './normalizers/spelling.js';
import type { LoadedDocument, SourceFormat } from './model/blocks.js';
import { buildParas } from './model/paras.js';
import { openProfile } from './model/profile.js';
import { extractors } from './extractors/index.js';
import { rebuildTables } from './extractors/tables.js';
import { normalizers } from './normalizers/index.js';
import type { Result } from './schema/output.js';
import { parseResult } from './schema/parse-result.js';

export interface Options extends ExtractOptions, LoadOptions {}

export interface Input {
  /** File name as given (used for `source.name` and format detection). */
  name: string;
  bytes: Uint8Array;
}

function emptyDocument(): Working['document'] {
  return {
    kind: null, kindLabel: null, number: null, symbol: null, issuer: null, place: null, date: null, title: null,
    authority: null, legalBases: [], proposal: null, articles: [], recipients: [], signature: null, attachments: [], appendices: [],
  };
}

// The functions below that take an Input return the loader's promise, chained, and never await:
// an async function holds its arguments until it returns, and an input's bytes (40 MB for 40 MB of
// text) would then stay in memory for the whole extraction instead of going once the loader has read them.

/** Extracts the structured result from one input's bytes. Throws LoadError when the input cannot be read. */
export async function extractBytes(input: Input, options: Options = {}): Promise<Result> {
  // The working document (blocks, paragraphs, tree) is gone once extract() returns, so validation's
  // copy of a large result does not sit beside it.
  return extract(input, options, false).then(({ value }) => parseResult(value));
}

/**
 * Extracts the result together with the loaded text its source lines number (for the review
 * page, which shows them side by side); the result is the one extractBytes gives.
 */
export async function extractWithText(input: Input, options: Options = {}): Promise<{ result: Result; text: string }> {
  return extract(input, options, true).then(({ value, text }) => ({ result: parseResult(value), text }));
}

type Source = Pick<Result['source'], 'name' | 'sha256' | 'bytes'>;

async function extract(input: Input, options: Options, keepText: boolean): Promise<{ value: unknown; text: string }> {
  const grammar = loadGrammar(options.grammarDirs);
  const report = createReporter();
  const ctx: ExtractContext = { grammar, report, options, profile: openProfile() };
  const source: Source = { name: basename(input.name), sha256: createHash('sha256').update(input.bytes).digest('hex'), bytes: input.bytes.byteLength };
  const format = detectFormat(input.name, input.bytes);
  return loadInput(input, format, { grammar, options, report }).then((loaded) => extractLoaded(loaded, source, ctx, keepText));
}

// Apart from extract(): closures made in one function share what they capture, so the closure that
// runs the extractors would otherwise keep the input alive.
const loadInput = (input: Input, format: SourceFormat, ctx: LoadContext): Promise<LoadedDocument> => loaders[format]().then((load) => load(input, ctx));

function extractLoaded(loaded: LoadedDocument, source: Source, ctx: ExtractContext, keepText: boolean): { value: unknown; text: string } {
  const doc: Working = {
    loaded,
    paras: buildParas(loaded, ctx.grammar),
    respell: documentSpellings(loaded.text, ctx.grammar.wordings),
    document: emptyDocument(),
    outline: [],
    tree: [],
    tasks: [],
    finalTasks: [],
    targets: [],
    responsibilities: [],
    references: [],
    planYear: null,
  };
  // The extractors reach each block through its paragraph: without this list, the blocks that table
  // rebuilding replaces (cells and the "|" lines between them, most of a scraped table's) go with it.
  loaded.blocks = [];
  for (const stage of extractors) {
    stage(doc, ctx);
    // Only table rebuilding reads the loaded text: unless the caller wants it back, it goes here
    // (a fifth of a large text input's memory while the other extractors run).
    if (stage === rebuildTables && !keepText) loaded.text = '';
  }
  // The normalizers read tasks only: the paragraphs (with their blocks) and tree (half of a large
  // input's memory) can go before they build the result.
  doc.paras = [];
  doc.tree = [];
  for (const stage of normalizers) stage(doc, ctx);

  const value = {
    schema: 'parcli/v1',
    source: { name: source.name, format: loaded.format, sha256: source.sha256, bytes: source.bytes, pages: loaded.pages, ocr: loaded.ocr },
    document: doc.document,
    outline: doc.outline,
    tasks: doc.finalTasks,
    targets: doc.targets,
    responsibilities: doc.responsibilities,
    references: doc.references,
    diagnostics: ctx.report.messages,
  };
  return { value, text: loaded.text };
}

/** Reads a file and extracts its result. */
export async function extractFile(path: string, options: Options = {}): Promise<Result> {
  return extractBytes({ name: path, bytes: await readFile(path) }, options);
}
