/** Runs the CLI in-process with string-collecting streams, and locates the sample corpus. */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The five sample plans in every format: fixtures/corpus/{text,md,docx,pdf}/NAME.*. */
export const CORPUS = fileURLToPath(new URL('../../fixtures/corpus', import.meta.url));

/** A writable that keeps what is written. */
export function collector(isTTY = false): { write(chunk: string): boolean; isTTY: boolean; text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parcli ...argv` in-process. */
export async function cli(argv: string[], options: { cwd?: string; stdin?: string | Uint8Array; tty?: boolean } = {}): Promise<Run> {
  const stdout = collector(options.tty);
  const stderr = collector(options.tty);
  const stdin = options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]);
  const code = await main({ argv, stdout, stderr, stdin, cwd: options.cwd ?? ROOT });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
