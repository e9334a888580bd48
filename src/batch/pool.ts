/**
 * Runs a batch over a pool of worker processes, or in-process for one input without a time
 * limit. Each worker compiles the grammar once, then keeps IN_FLIGHT inputs on hand; `onDone`
 * hears each outcome as it finishes, with its input's index, so callers can restore input order.
 *
 * Processes, not threads: each worker thread is a V8 isolate in one process whose heap, garbage
 * collector and compiler threads it shares, and the bench measured -j 2 on threads at 0.8 of two
 * separate processes; a process can also be stopped at any instruction (an input past its time
 * limit) and be given a heap limit of its own, so one input can neither hang nor swell the batch.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Outcome, WorkItem, WorkSettings } from './task.js';
import { removeLeftovers } from './write-file.js';

// Workers run compiled code: the worker beside this module (dist/batch/worker.js, or
// dist/bundle/worker.cjs beside the CLI bundle), the compiled one when the tests run this
// module from its TypeScript source.
const here = import.meta.url;
const WORKER_URL = new URL(here.endsWith('.ts') ? '../../dist/batch/worker.js' : here.endsWith('.cjs') ? './worker.cjs' : './worker.js', here);

// A worker's heap limit: the largest input --max-bytes lets through by default (64 MiB of text)
// peaks near 1.4 GB; past this the worker dies alone, its input fails, and a fresh one goes on.
const WORKER_HEAP_MB = 2048;
// The CLI's setting for the optimizing compiler (bin/parcli.js), given to each worker too.
const WORKER_FLAGS = [`--max-old-space-size=${WORKER_HEAP_MB}`, '--max-inlined-bytecode-size=60'];

export interface BatchSettings extends WorkSettings {
  /** Worker processes to use. */
  jobs: number;
  /** Seconds an input may take before its worker is stopped and it fails; none when absent. */
  timeout?: number;
}

export type OnDone = (index: number, outcome: Outcome) => unknown;

// Inputs each worker has on hand: while one waits on the disk (read, write, rename), the next is
// extracted, so a worker never idles on I/O. Two, so memory holds at most two documents per worker.
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

/** What a worker says: ready, cannot start, began extracting an input, or finished one. */
export type FromWorker = { ready: true } | { fatal: string } | { index: number; started: true } | { index: number; outcome: Outcome };

async function inProcessPool(settings: WorkSettings): Promise<Pool> {
  // Imported here so that a pooled run keeps the extractors out of the main process.
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

/** The last lines a worker wrote to stderr (V8's "heap limit" message when it ran out of memory). */
const TAIL_CHARS = 400;

interface Worker {
  child: ChildProcess;
  stderrTail: () => string;
}

function startWorker(settings: WorkSettings): Promise<Worker> {
  const child = fork(fileURLToPath(WORKER_URL), [], { execArgv: WORKER_FLAGS, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let tail = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    tail = (tail + s).slice(-TAIL_CHARS);
  });
  const worker = { child, stderrTail: () => tail.trim().split('\n').filter(Boolean).pop() ?? '' };
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      stop();
      if ('ready' in m) resolve(worker);
      else fail('fatal' in m ? m.fatal : 'unexpected message');
    };
    const onError = (err: Error) => fail(err.message);
    const onExit = (code: number | null) => fail(`worker exited with code ${code} while starting${tail ? `: ${worker.stderrTail()}` : ''}`);
    const stop = () => child.off('message', onMessage).off('error', onError).off('exit', onExit);
    const fail = (why: string) => {
      stop();
      child.kill('SIGKILL');
      reject(new PoolStartError(why));
    };
    child.on('message', onMessage).on('error', onError).on('exit', onExit);
    child.send({ settings });
  });
}

async function processPool(size: number, settings: WorkSettings, timeout: number | undefined): Promise<Pool> {
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new PoolStartError(`${fileURLToPath(WORKER_URL)} is missing: run "npm run build"`);
  const started = await Promise.allSettled(Array.from({ length: size }, () => startWorker(settings)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s) => s.status === 'rejected');
  const stopAll = (list: Iterable<Worker>) =>
    Promise.all([...list].map((w) => (w.child.exitCode !== null || w.child.signalCode !== null ? undefined : new Promise((r) => w.child.once('exit', r).kill()))));
  if (failure) {
    await stopAll(workers);
    throw failure.reason;
  }
  let live = new Set(workers);
  let closed = false;
  return {
    run(items, onDone) {
      const handled: unknown[] = [];
      // Inputs to run again: those a worker had on hand when it was stopped for another input's time.
      const again: number[] = [];
      let next = 0;
      let pending = items.length;
      const take = () => (again.length ? again.shift() : next < items.length ? next++ : undefined);
      return new Promise<void>((resolve) => {
        if (!pending) return resolve();
        const done = (index: number, outcome: Outcome) => {
          handled.push(onDone(index, outcome));
          if (--pending === 0) resolve();
        };
        const serve = (worker: Worker) => {
          const { child } = worker;
          // The inputs on hand, each with its timer once it has started.
          const current = new Map<number, NodeJS.Timeout | undefined>();
          let timedOut: number | undefined;
          const feed = () => {
            const index = take();
            if (index === undefined) return;
            current.set(index, undefined);
            child.send({ index, item: items[index] });
          };
          child.on('message', (m: FromWorker) => {
            if (!('index' in m)) return;
            if ('started' in m) {
              if (timeout) current.set(m.index, setTimeout(() => {
                timedOut = m.index;
                child.kill('SIGKILL');
              }, timeout * 1000));
              return;
            }
            clearTimeout(current.get(m.index));
            current.delete(m.index);
            done(m.index, m.outcome);
            feed();
          });
          child.on('error', () => undefined); // a failed send: 'exit' follows and settles the inputs
          child.on('exit', (code, signal) => {
            live.delete(worker);
            for (const timer of current.values()) clearTimeout(timer);
            const lost = [...current.keys()];
            current.clear();
            if (!lost.length && (closed || pending === 0)) return;
            // A stopped worker may have been writing: its temporary files go, so no partial output is left.
            handled.push(removeLeftovers(lost.flatMap((i) => (items[i]!.target ? [items[i]!.target!] : [])), child.pid));
            for (const index of lost) {
              if (index === timedOut) done(index, { ok: false, reason: `timed out after ${timeout} s`, ms: timeout! * 1000 });
              else if (timedOut !== undefined) again.push(index);
              else done(index, { ok: false, reason: `internal error: worker died (${worker.stderrTail() || (signal ? `signal ${signal}` : `exit code ${code}`)})`, ms: 0 });
            }
            if (pending === 0 || closed) return;
            startWorker(settings).then(
              (fresh) => {
                live.add(fresh);
                serve(fresh);
              },
              (err: Error) => {
                // With no worker left, the rest cannot run: each fails with the reason.
                if (live.size) return;
                for (let index = take(); index !== undefined; index = take()) done(index, { ok: false, reason: `internal error: ${err.message}`, ms: 0 });
              },
            );
          });
          for (let k = 0; k < IN_FLIGHT; k++) feed();
        };
        for (const worker of live) serve(worker);
      }).then(() => Promise.all(handled).then(() => undefined));
    },
    async close() {
      closed = true;
      const closing = [...live];
      live = new Set();
      await stopAll(closing);
    },
  };
}

/**
 * Starts `size` workers (capped by `jobs`), each with its grammar compiled, or an in-process
 * runner for a single input without a time limit (a process of its own would only add start-up).
 * Rejects with PoolStartError (or the grammar's error in-process) when they cannot start.
 */
export function openPool(settings: BatchSettings, size: number): Promise<Pool> {
  const { jobs, timeout, ...work } = settings;
  if (size <= 1 && !timeout) return inProcessPool(work);
  return processPool(Math.max(1, Math.min(jobs, size)), work, timeout);
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
