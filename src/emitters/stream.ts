/** How several results go into one output (stdout) in input order. */
import type { Result } from '../schema/output.js';

export interface Stream {
  /** Written once before the first result. */
  head: string;
  /** One result's part. */
  part: (result: Result) => string;
  /** Written once after the last result. */
  tail: () => string;
}

/** A stream whose parts are simply concatenated, for formats with no array syntax. */
export const concatStream = (head: string, part: (result: Result) => string): Stream => ({ head, part, tail: () => '' });
