/** One input of a run as the run-wide outputs (the review pages' index, the workbook) see it. */
import type { Result } from '../schema/output.js';

export interface RunEntry {
  /** The input as the user named it. */
  path: string;
  status: 'ok' | 'warnings' | 'failed';
  /** Why the input failed. */
  reason: string | null;
  /** Its own output, relative to the run-wide one (the index links to it); null when it has none. */
  output: string | null;
  document: Pick<Result['document'], 'kind' | 'kindLabel' | 'number' | 'title'> | null;
  counts: { tasks: number; targets: number; responsibilities: number; references: number; errors: number; warnings: number };
  /** The whole result, for outputs that show its rows (the workbook). */
  result?: Result;
}
