/** A worker thread of the batch pool: compiles the grammar once, says it is ready (or why not), then extracts each input it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGrammar } from '../grammar/compile.js';
import { runItem, type WorkItem, type WorkSettings } from './task.js';

const settings = workerData as WorkSettings;
const port = parentPort!;

try {
  loadGrammar(settings.options.grammarDirs); // once per worker; every input after reuses the compiled grammar
  port.on('message', async ({ index, item }: { index: number; item: WorkItem }) => {
    port.postMessage({ index, outcome: await runItem(item, settings) });
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ fatal: err instanceof Error ? err.message : String(err) });
}
