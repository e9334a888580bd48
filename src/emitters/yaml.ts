/** YAML: the same tree as JSON. */
import { stringify } from 'yaml';
import type { Result } from '../schema/output.js';

export const emitYaml = (result: Result): string => stringify(result, { lineWidth: 0 });
