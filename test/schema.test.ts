/** The published JSON Schema is generated from the zod contract; this fails when the checked-in file drifts (UPDATE=1 rewrites it). */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { resultJsonSchema, resultSchema } from '../src/schema/output.js';
import { parseResult } from '../src/schema/parse-result.js';

const FILE = new URL('../schema/parcli-v1.schema.json', import.meta.url);

it('schema/parcli-v1.schema.json matches resultJsonSchema()', () => {
  const generated = `${JSON.stringify(resultJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE) writeFileSync(FILE, generated);
  expect(readFileSync(FILE, 'utf8'), 'run UPDATE=1 npx vitest run test/schema.test.ts').toBe(generated);
});

describe('parseResult', () => {
  const sample = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../fixtures/corpus/expected/001_5665434d914fd8e7.json', import.meta.url), 'utf8'));

  it('gives what resultSchema.parse gives, extra keys stripped', () => {
    const value = sample();
    (value.tasks as Record<string, unknown>[])[0]!.internal = true;
    value.extra = 1;
    expect(parseResult(structuredClone(value))).toEqual(resultSchema.parse(value));
  });

  it('fails with the issues and paths resultSchema.parse reports', () => {
    const value = sample();
    (value.tasks as Record<string, unknown>[])[3]!.content = 7;
    (value.source as Record<string, unknown>).bytes = 'many';
    const expected = resultSchema.safeParse(value);
    expect(() => parseResult(value)).toThrow(z.ZodError);
    try {
      parseResult(value);
    } catch (err) {
      expect((err as z.ZodError).issues.map((i) => i.path).sort()).toEqual(expected.error!.issues.map((i) => i.path).sort());
    }
  });
});
