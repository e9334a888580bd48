/** Batch extraction: input expansion, output layout, sharding, the worker pool and run reports. */
export { expandInputs, KNOWN_EXTENSIONS, STDIN_NAME, type InputItem } from './inputs.js';
export { placeInputs, planTargets, commonBase, type PlacedItem, type Target } from './layout.js';
export { parseShard, inShard, type Shard } from './shard.js';
export { inOrder } from './in-order.js';
export { runBatch, openPool, PoolStartError, type Pool, type BatchSettings, type OnDone } from './pool.js';
export { digestOf, type Digest } from './digest.js';
export { runItem, reasonOf, type WorkItem, type WorkSettings, type Outcome } from './task.js';
export { fileReport, runReport, mergeReports, fileReportSchema, runReportSchema, type FileReport, type RunReport } from './report.js';
