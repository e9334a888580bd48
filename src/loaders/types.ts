/**
 * What every loader takes and returns. A loader turns one input into the block
 * model; it throws LoadError (naming the reason) only when the input cannot be read.
 */
import type { Grammar } from '../grammar/compile.js';
import type { LoadedDocument } from '../model/blocks.js';
import type { Reporter } from '../model/report.js';

export interface LoadOptions {
  /** OCR for PDFs without a usable text layer: auto (default), always, never. */
  ocr?: 'auto' | 'always' | 'never';
  /** Password of an encrypted PDF. */
  password?: string;
  /** Called after each page is read, for progress display. */
  onPage?: (done: number, total: number) => void;
}

export interface LoadInput {
  name: string;
  bytes: Uint8Array;
}

export interface LoadContext {
  grammar: Grammar;
  options: LoadOptions;
  report: Reporter;
}

export type Loader = (input: LoadInput, ctx: LoadContext) => Promise<LoadedDocument>;

/** An input parcli cannot read at all; the message says why, in one line. */
export class LoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LoadError';
  }
}
