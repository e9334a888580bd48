/** Runs a command-line tool without a shell, with a time limit and a bound on its output. */
import { spawn } from 'node:child_process';

export interface RunOptions {
  input?: Uint8Array;
  timeoutMs: number;
  /** Output beyond this many bytes kills the tool. */
  maxBytes?: number;
  env?: NodeJS.ProcessEnv;
  /** Receives stdout as it arrives (then not collected): a reader can work while the tool still runs. */
  onStdout?: (chunk: Buffer) => void;
}

export interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Thrown when the tool is not installed (spawn ENOENT). */
export class ToolMissingError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} is not installed`);
    this.name = 'ToolMissingError';
  }
}

/**
 * Runs `cmd args`, feeding `input` on stdin; resolves with its exit code and output,
 * rejects with ToolMissingError when absent and with an Error on timeout (after killing it).
 */
export function runTool(cmd: string, args: string[], options: RunOptions): Promise<RunResult> {
  const maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: Error | null = null;
    const kill = (why: Error) => {
      failure ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(new Error(`${cmd} timed out after ${options.timeoutMs / 1000} s`)), options.timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > maxBytes) kill(new Error(`${cmd} produced more than ${maxBytes} bytes`));
      else if (!options.onStdout) out.push(b);
      else {
        try {
          options.onStdout(b);
        } catch (e) {
          kill(e as Error);
        }
      }
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 64) err.push(b);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new ToolMissingError(cmd) : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    // A tool that exits before reading all of stdin closes the pipe: not an error of ours.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}
