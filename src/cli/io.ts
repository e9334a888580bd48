/** The process streams and places main() works with, passed in so tests run the CLI in-process. */
export interface Writable {
  /** Text, or bytes for a binary format (a workbook). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  argv: string[];
  stdin?: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Exit codes, documented in --help, the README and a test. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;
