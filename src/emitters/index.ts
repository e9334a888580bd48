/** The emitter table: output format name → file extension and serializer. */
import type { Result } from '../schema/output.js';
import { emitJson } from './json.js';
import { emitYaml } from './yaml.js';

export interface Emitter {
  extension: string;
  emit: (result: Result) => string;
}

export const emitters = {
  json: { extension: '.json', emit: emitJson },
  yaml: { extension: '.yaml', emit: emitYaml },
} satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof emitters;
export const outputFormats = Object.keys(emitters) as OutputFormat[];
