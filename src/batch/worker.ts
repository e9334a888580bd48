/**
 * A worker process of the batch pool: compiles the grammar once, says it is ready (or why not),
 * then extracts each input it is sent. Inputs are read and written while another is extracted,
 * but extracted one at a time, each announced as it starts: the pool times each input alone, and
 * stopping one stops no other half-way.
 */
import { loadGrammar } from '../grammar/compile.js';
import { runItem, type WorkItem, type WorkSettings } from './task.js';
import type { FromWorker } from './pool.js';

const send = (m: FromWorker) => process.send!(m);
let settings: WorkSettings | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The extraction of input `index`, after the one before it. */
function inTurn<T>(index: number, extraction: () => Promise<T>): Promise<T> {
  const run = queue.then(() => {
    send({ index, started: true });
    return extraction();
  });
  queue = run.catch(() => undefined);
  return run;
}

// The pool gone (its process ended or was killed), nothing is left to work for.
process.on('disconnect', () => process.exit(0));
process.on('message', async (m: { settings: WorkSettings } | { index: number; item: WorkItem }) => {
  if ('settings' in m) {
    try {
      loadGrammar(m.settings.options.grammarDirs); // once per worker; every input after reuses the compiled grammar
      settings = m.settings;
      send({ ready: true });
    } catch (err) {
      send({ fatal: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  const { index, item } = m;
  send({ index, outcome: await runItem(item, settings!, (extraction) => inTurn(index, extraction)) });
});
