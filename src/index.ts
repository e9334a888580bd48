/** parcli's public API: extract a result from a file or bytes, batch helpers, emitters, the contract's schemas and types. */
export { extract } from './extract.js';
export { extractFile, extractBytes, type Options, type Input } from './pipeline.js';
export * from './schema/output.js';
export { LoadError } from './loaders/types.js';
export { loadGrammar, type Grammar } from './grammar/compile.js';
export { GrammarError } from './grammar/load.js';
export { emitters, outputFormats, taskRecords, type Emitter, type OutputFormat, type TaskRecord, type View } from './emitters/index.js';
export {
  expandInputs, runBatch, runItem, fileReport, runReport, mergeReports, runReportSchema, fileReportSchema,
  type InputItem, type WorkItem, type WorkSettings, type BatchSettings, type Outcome, type RunReport, type FileReport,
} from './batch/index.js';
