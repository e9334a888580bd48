/** The progress line on stderr: files done of total, failures, rate and ETA, redrawn in place; only on a TTY. */
import type { Writable } from './io.js';

export interface Progress {
  /** Counts one finished input. */
  tick(failed: boolean): void;
  /** Erases the line, before other stderr output and at the end. */
  clear(): void;
}

const WIDTH = 24;
const REDRAW_MS = 100;
const silent: Progress = { tick() {}, clear() {} };

const seconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

/** A progress line for `total` inputs, or a silent one when stderr is not a terminal or the user asked for quiet. */
export function createProgress(stderr: Writable, total: number, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || !stderr.isTTY) return silent;
  const started = now();
  let done = 0;
  let failed = 0;
  let drawn = 0;
  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const filled = Math.round((done / total) * WIDTH);
    const eta = rate > 0 ? ` ETA ${seconds((total - done) / rate)}` : '';
    stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files, ${failed} failed, ${rate.toFixed(1)}/s${eta}`);
    drawn = now();
  };
  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      if (done === total || now() - drawn >= REDRAW_MS) draw();
    },
    clear() {
      stderr.write('\r\x1b[K');
    },
  };
}

/**
 * The page line for one input read page by page (OCR of a scan): pages done of total, redrawn
 * in place; only on a terminal. Returns the callback loaders call, and a way to erase the line.
 */
export function createPageProgress(stderr: Writable, enabled: boolean): { onPage?: (done: number, total: number) => void; clear(): void } {
  if (!enabled || !stderr.isTTY) return { clear() {} };
  let shown = false;
  return {
    onPage(done, total) {
      const filled = Math.round((done / total) * WIDTH);
      stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] page ${done}/${total}`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
