/** YAML: the same tree as JSON; several results as a multi-document stream. */
import { createRequire } from 'node:module';
import type { Result } from '../schema/output.js';
import { project, type View } from './tasks.js';
import { concatStream, type Stream } from './stream.js';

// The emitter table is loaded at start-up; yaml itself only when a YAML result is written.
const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;

export const emitYaml = (result: Result, view: View = 'result'): string =>
  (yaml ??= require('yaml') as typeof import('yaml')).stringify(project(result, view), { lineWidth: 0 });

export const streamYaml = (view: View): Stream => concatStream('', (result) => `---\n${emitYaml(result, view)}`);
