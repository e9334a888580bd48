/** The emitter table: output format name → file extension, one-result serializer and multi-result stream. */
import type { Result } from '../schema/output.js';
import { emitJson, jsonChunks, streamJson } from './json.js';
import { emitYaml, streamYaml } from './yaml.js';
import { emitNdjson, streamNdjson } from './ndjson.js';
import { emitCsv, streamCsv } from './csv.js';
import type { View } from './tasks.js';
import type { Stream } from './stream.js';

export interface Emitter {
  extension: string;
  /** One result as a whole file. */
  emit: (result: Result, view: View) => string;
  /** The same file in pieces, for formats whose results can be large. */
  chunks?: (result: Result, view: View) => Iterable<string>;
  /** Several results as one output, in input order. */
  stream: (view: View) => Stream;
}

export const emitters = {
  json: { extension: '.json', emit: emitJson, chunks: jsonChunks, stream: streamJson },
  yaml: { extension: '.yaml', emit: emitYaml, stream: streamYaml },
  ndjson: { extension: '.ndjson', emit: emitNdjson, stream: streamNdjson },
  csv: { extension: '.csv', emit: emitCsv, stream: streamCsv },
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];
export { taskRecords, type TaskRecord, type View } from './tasks.js';
export { csvField } from './csv.js';
export type { Stream } from './stream.js';
