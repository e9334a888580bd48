/** The programmatic entry point: one call for a path or for bytes already in memory. */
import { extractBytes, extractFile, type Input, type Options } from './pipeline.js';
import type { Result } from './schema/output.js';

/**
 * Extracts the structured result of one document.
 * @param input a file path, or `{ name, bytes }` (the name's extension hints the format; the bytes decide)
 * @returns the parcli/v1 result; rejects with LoadError when the input cannot be read
 */
export function extract(input: string | Input, options: Options = {}): Promise<Result> {
  return typeof input === 'string' ? extractFile(input, options) : extractBytes(input, options);
}
