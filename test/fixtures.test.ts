// Runs every fixtures/<case>/input.* through the pipeline and deep-compares the
// result with fixtures/<case>/expected.json. UPDATE=1 rewrites the expectations.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, input: readdirSync(join(root, d.name)).find((f) => /^input\./u.test(f)) }))
  .filter((c): c is { name: string; input: string } => !!c.input);

describe('fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  for (const c of cases) {
    it(c.name, async () => {
      const dir = join(root, c.name);
      const result = JSON.parse(JSON.stringify(await extractFile(join(dir, c.input))));
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(result, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: review the output and write it with UPDATE=1`).toBe(true);
      expect(result).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
