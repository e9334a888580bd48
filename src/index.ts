/** parcli's public API: extract a result from a file or bytes, the contract's schemas and types. */
export { extractFile, extractBytes, type Options, type Input } from './pipeline.js';
export { extractFile as extract } from './pipeline.js';
export * from './schema/output.js';
export { LoadError } from './loaders/types.js';
export { loadGrammar, type Grammar } from './grammar/compile.js';
export { GrammarError } from './grammar/load.js';
