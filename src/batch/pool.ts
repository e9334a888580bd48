/**
 * Runs a batch over a pool of worker threads (or in-process for one job or one
 * input). Each worker takes the next input when it is free; `onDone` hears each
 * outcome as it finishes, with its input's index so callers can restore input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runItem, type Outcome, type WorkItem, type WorkSettings } from './task.js';

// Workers run the compiled code: this resolves to dist/batch/worker.js from src/batch/ (tests) and dist/batch/ alike.
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

export interface BatchSettings extends WorkSettings {
  /** Worker threads to use; 1 runs in-process. */
  jobs: number;
}

export type OnDone = (index: number, outcome: Outcome) => unknown;

function runInWorkers(items: WorkItem[], { jobs, ...settings }: BatchSettings, onDone: OnDone): Promise<void> {
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new Error(`${fileURLToPath(WORKER_URL)} is missing: run "npm run build"`);
  let next = 0;
  let live = 0;
  return new Promise((resolve) => {
    const spawn = () => {
      live++;
      const worker = new Worker(WORKER_URL, { workerData: settings });
      let current: number | null = null;
      let crash = '';
      const feed = () => {
        if (next < items.length) {
          current = next++;
          worker.postMessage({ index: current, item: items[current] });
        } else {
          current = null;
          void worker.terminate();
        }
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
        onDone(index, outcome);
        feed();
      });
      worker.on('error', (err) => {
        crash = err.message;
      });
      // A worker that dies fails only the input it was on; a fresh one takes over the rest.
      worker.on('exit', (code) => {
        live--;
        if (current !== null) onDone(current, { ok: false, reason: `internal error: worker died (${crash || `exit code ${code}`})`, ms: 0 });
        if (next < items.length) spawn();
        else if (live === 0) resolve();
      });
      feed();
    };
    for (let k = 0; k < Math.min(jobs, items.length); k++) spawn();
  });
}

/** Extracts every item, `jobs` at a time; resolves when all are done and every onDone promise has settled. */
export async function runBatch(items: WorkItem[], settings: BatchSettings, onDone: OnDone): Promise<void> {
  const handled: unknown[] = [];
  const settle: OnDone = (index, outcome) => handled.push(onDone(index, outcome));
  if (settings.jobs <= 1 || items.length <= 1) {
    for (const [index, item] of items.entries()) settle(index, await runItem(item, settings));
  } else await runInWorkers(items, settings, settle);
  await Promise.all(handled);
}
