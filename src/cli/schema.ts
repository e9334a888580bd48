/** `parcli schema`: print the JSON Schema of a result. */
import { resultJsonSchema } from '../schema/output.js';
import { EXIT, type CliIo } from './io.js';

export function runSchema(io: CliIo): number {
  io.stdout.write(`${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
