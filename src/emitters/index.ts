/**
 * The emitter table: output format name → file extension and how results are written. Text formats
 * write one result (`emit`) and several in a row (`stream`); the review page writes one page per
 * result with its source text, and an index beside them; the workbook takes every result at once.
 */
import type { Result } from '../schema/output.js';
import { emitJson, jsonChunks, streamJson } from './json.js';
import { emitYaml, streamYaml } from './yaml.js';
import { emitNdjson, streamNdjson } from './ndjson.js';
import { emitCsv, streamCsv } from './csv.js';
import { emitHtml, emitHtmlIndex } from './review/index.js';
import { emitXlsx } from './xlsx.js';
import type { View } from './tasks.js';
import type { Stream } from './stream.js';
import type { RunEntry } from './run-entry.js';

export interface Emitter {
  extension: string;
  /** One result as a whole file; `text` is the loaded text its source lines number, for formats that show it. */
  emit?: (result: Result, view: View, text?: string) => string;
  /** The same file in pieces, for formats whose results can be large. */
  chunks?: (result: Result, view: View) => Iterable<string>;
  /** Several results as one output, in input order. */
  stream?: (view: View) => Stream;
  /** emit wants the loaded text beside the result. */
  withText?: true;
  /** A page listing every input of a run, written as `index` + extension beside the per-input files. */
  index?: (entries: RunEntry[]) => string;
  /** Every input of a run as one binary file, written after the last (a workbook). */
  book?: (entries: RunEntry[]) => Promise<Uint8Array>;
}

export const emitters = {
  json: { extension: '.json', emit: emitJson, chunks: jsonChunks, stream: streamJson },
  yaml: { extension: '.yaml', emit: emitYaml, stream: streamYaml },
  ndjson: { extension: '.ndjson', emit: emitNdjson, stream: streamNdjson },
  csv: { extension: '.csv', emit: emitCsv, stream: streamCsv },
  html: { extension: '.html', emit: emitHtml, withText: true, index: emitHtmlIndex },
  xlsx: { extension: '.xlsx', book: emitXlsx },
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];
export { taskRecords, type TaskRecord, type View } from './tasks.js';
export { csvField } from './csv.js';
export type { Stream } from './stream.js';
export type { RunEntry } from './run-entry.js';
