/** YAML: the same tree as JSON; several results as a multi-document stream. */
import { stringify } from 'yaml';
import type { Result } from '../schema/output.js';
import { project, type View } from './tasks.js';
import { concatStream, type Stream } from './stream.js';

export const emitYaml = (result: Result, view: View = 'result'): string => stringify(project(result, view), { lineWidth: 0 });

export const streamYaml = (view: View): Stream => concatStream('', (result) => `---\n${emitYaml(result, view)}`);
