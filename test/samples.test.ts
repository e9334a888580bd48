// The five sample documents (fixtures/corpus, copied from shared/corpus with their gold):
// each text and Markdown copy extracts to its reviewed expected result, and finds
// as many tasks, targets and responsibilities as the gold annotation holds.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFile } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const names = readdirSync(join(root, 'text')).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'));
// The same document in both formats gives the same result but for the source block.
const comparable = (r: Record<string, unknown>) => ({ ...r, source: undefined });

describe('samples', () => {
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(root, 'gold', `${name}.gold.json`), 'utf8'));
    const expectedPath = join(root, 'expected', `${name}.json`);
    it(`${name}: text extracts to the reviewed result`, async () => {
      const result = JSON.parse(JSON.stringify(await extractFile(join(root, 'text', `${name}.txt`))));
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(result, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: review and write it with UPDATE=1`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(result).toEqual(expected);
      expect(result.tasks).toHaveLength(gold.tasks.length);
      expect(result.targets).toHaveLength(gold.targets.length);
      expect(result.responsibilities).toHaveLength(gold.responsibilities.length);
    });
    it(`${name}: Markdown copy gives the same result`, async () => {
      const md = await extractFile(join(root, 'md', `${name}.md`));
      const txt = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(comparable(JSON.parse(JSON.stringify(md)))).toEqual(comparable(txt));
    });
  }
});
