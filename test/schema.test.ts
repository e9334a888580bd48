/** The published JSON Schema is generated from the zod contract; this fails when the checked-in file drifts (UPDATE=1 rewrites it). */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { resultJsonSchema } from '../src/schema/output.js';

const FILE = new URL('../schema/parcli-v1.schema.json', import.meta.url);

it('schema/parcli-v1.schema.json matches resultJsonSchema()', () => {
  const generated = `${JSON.stringify(resultJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE) writeFileSync(FILE, generated);
  expect(readFileSync(FILE, 'utf8'), 'run UPDATE=1 npx vitest run test/schema.test.ts').toBe(generated);
});
