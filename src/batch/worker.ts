/** A worker thread of the batch pool: compiles the grammar once, then extracts each input it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGrammar } from '../grammar/compile.js';
import { runItem, type WorkItem, type WorkSettings } from './task.js';

const settings = workerData as WorkSettings;
loadGrammar(settings.options.grammarDirs); // once per worker; every input after reuses the compiled grammar

parentPort!.on('message', async ({ index, item }: { index: number; item: WorkItem }) => {
  parentPort!.postMessage({ index, outcome: await runItem(item, settings) });
});
