/** NDJSON: one record per line (a result, or a task under --tasks-only), for jq and log pipelines. */
import type { Result } from '../schema/output.js';
import { records, type View } from './tasks.js';
import { concatStream, type Stream } from './stream.js';

export const emitNdjson = (result: Result, view: View = 'result'): string =>
  records(result, view).map((record) => `${JSON.stringify(record)}\n`).join('');

export const streamNdjson = (view: View): Stream => concatStream('', (result) => emitNdjson(result, view));
