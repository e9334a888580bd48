/**
 * Runs a batch over a pool of worker threads, or in-process for one job or one
 * input. Each worker compiles the grammar once, then keeps IN_FLIGHT inputs on hand;
 * `onDone` hears each outcome as it finishes, with its input's index, so callers can
 * restore input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome, WorkItem, WorkSettings } from './task.js';

// Workers run compiled code: the worker beside this module (dist/batch/worker.js, or
// dist/bundle/worker.cjs beside the CLI bundle), the compiled one when the tests run this
// module from its TypeScript source.
const here = import.meta.url;
const WORKER_URL = new URL(here.endsWith('.ts') ? '../../dist/batch/worker.js' : here.endsWith('.cjs') ? './worker.cjs' : './worker.js', here);

export interface BatchSettings extends WorkSettings {
  /** Worker threads to use; 1 runs in-process. */
  jobs: number;
}

export type OnDone = (index: number, outcome: Outcome) => unknown;

// Inputs each thread has on hand: while one waits on the disk (read, write, rename), the next is
// extracted, so a thread never idles on I/O. Two, so memory holds at most two documents per thread.
const IN_FLIGHT = 2;

/** Workers ready to take inputs. */
export interface Pool {
  /** Extracts every item; resolves when all are done and every onDone promise has settled. */
  run(items: WorkItem[], onDone: OnDone): Promise<void>;
  close(): Promise<void>;
}

/** A worker that could not start (its grammar failed to compile, or its code to load): the run cannot go on. */
export class PoolStartError extends Error {
  override name = 'PoolStartError';
}

type FromWorker = { ready: true } | { fatal: string } | { index: number; outcome: Outcome };

async function inProcessPool(settings: WorkSettings): Promise<Pool> {
  // Imported here so that a threaded run keeps the extractors out of the main thread.
  const [{ runItem }, { loadGrammar }] = await Promise.all([import('./task.js'), import('../grammar/compile.js')]);
  loadGrammar(settings.options.grammarDirs);
  return {
    async run(items, onDone) {
      let next = 0;
      const lane = async () => {
        while (next < items.length) {
          const index = next++;
          await onDone(index, await runItem(items[index]!, settings));
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    },
    close: async () => undefined,
  };
}

function startWorker(settings: WorkSettings): Promise<Worker> {
  const worker = new Worker(WORKER_URL, { workerData: settings });
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      stop();
      if ('ready' in m) resolve(worker);
      else fail('fatal' in m ? m.fatal : 'unexpected message');
    };
    const onError = (err: Error) => fail(err.message);
    const onExit = (code: number) => fail(`worker exited with code ${code} while starting`);
    // Only these listeners go: removeAllListeners() would also cut the worker's own message plumbing.
    const stop = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const fail = (why: string) => {
      stop();
      void worker.terminate();
      reject(new PoolStartError(why));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

async function threadPool(size: number, settings: WorkSettings): Promise<Pool> {
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new PoolStartError(`${fileURLToPath(WORKER_URL)} is missing: run "npm run build"`);
  const started = await Promise.allSettled(Array.from({ length: size }, () => startWorker(settings)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw failure.reason;
  }
  let live = new Set(workers);
  return {
    run(items, onDone) {
      const handled: unknown[] = [];
      let next = 0;
      return new Promise<void>((resolve) => {
        let busy = 0;
        const finishIfDone = () => {
          if (next >= items.length && busy === 0) resolve();
        };
        const serve = (worker: Worker) => {
          const current = new Set<number>();
          let crash = '';
          const feed = () => {
            if (next >= items.length) return finishIfDone();
            const index = next++;
            current.add(index);
            busy++;
            worker.postMessage({ index, item: items[index] });
          };
          worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
            current.delete(index);
            busy--;
            handled.push(onDone(index, outcome));
            feed();
          });
          worker.on('error', (err) => {
            crash = err.message;
          });
          // A worker that dies fails only the inputs it was on; a fresh one takes over.
          worker.on('exit', (code) => {
            live.delete(worker);
            if (!current.size) return;
            const lost = [...current];
            for (const index of lost) handled.push(onDone(index, { ok: false, reason: `internal error: worker died (${crash || `exit code ${code}`})`, ms: 0 }));
            startWorker(settings).then(
              (fresh) => {
                busy -= lost.length;
                live.add(fresh);
                serve(fresh);
              },
              (err: Error) => {
                busy -= lost.length;
                // With no worker left, the rest cannot run: each fails with the reason.
                while (live.size === 0 && next < items.length) handled.push(onDone(next++, { ok: false, reason: `internal error: ${err.message}`, ms: 0 }));
                finishIfDone();
              },
            );
          });
          for (let k = 0; k < IN_FLIGHT; k++) feed();
        };
        for (const worker of live) serve(worker);
      }).then(() => Promise.all(handled).then(() => undefined));
    },
    async close() {
      const closing = [...live];
      live = new Set();
      await Promise.all(closing.map((w) => w.terminate()));
    },
  };
}

/**
 * Starts `size` workers (capped by `jobs`), each with its grammar compiled, or an in-process runner for one.
 * Rejects with PoolStartError (or the grammar's error in-process) when they cannot start.
 */
export function openPool(settings: BatchSettings, size: number): Promise<Pool> {
  const { jobs, ...work } = settings;
  const threads = Math.min(jobs, size);
  return threads <= 1 ? inProcessPool(work) : threadPool(threads, work);
}

/** Extracts every item with a pool opened for them and closed after. */
export async function runBatch(items: WorkItem[], settings: BatchSettings, onDone: OnDone): Promise<void> {
  const pool = await openPool(settings, items.length);
  try {
    await pool.run(items, onDone);
  } finally {
    await pool.close();
  }
}
