// Accuracy guard: the samples (fixtures/corpus) and the real documents (fixtures/real, copied
// from shared/real with their gold annotations, which are their reviewed expected results) are
// scored with the team's scorer, and each document and each set's mean must stay at or above
// the floor fixtures/score-floors.json sets from measured numbers. A change that lowers
// accuracy on any of them fails here; raise a floor when a change lifts a score for good.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFile } from '../src/pipeline.js';
// A byte-identical copy of shared/eval/score.mjs, so the suite stands without ../shared.
import { scoreDocument } from './helpers/score.mjs';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
interface Floors { sets: Record<string, { mean: number; documents: Record<string, number> }> }
const floors = JSON.parse(readFileSync(join(fixtures, 'score-floors.json'), 'utf8')) as Floors;

/** Where each set's inputs and gold live. */
const SETS: Record<string, { inputs: string; gold: string }> = {
  'samples-text': { inputs: 'corpus/text', gold: 'corpus/gold' },
  'samples-md': { inputs: 'corpus/md', gold: 'corpus/gold' },
  'samples-docx': { inputs: 'corpus/docx', gold: 'corpus/gold' },
  'samples-pdf': { inputs: 'corpus/pdf', gold: 'corpus/gold' },
  real: { inputs: 'real/inputs', gold: 'real/gold' },
  'real-pdf': { inputs: 'real/pdf', gold: 'real/gold' },
  'real-scan': { inputs: 'real/scan', gold: 'real/gold' },
};

const stem = (file: string) => basename(file).replace(/\.[^.]+$/u, '');
const TOLERANCE = 1e-9;

describe('score floors', () => {
  it('has a floor for every set and every document in it', () => {
    for (const [id, set] of Object.entries(SETS)) {
      const names = readdirSync(join(fixtures, set.inputs)).map(stem).sort();
      expect(Object.keys(floors.sets[id]?.documents ?? {}).sort(), id).toEqual(names);
    }
  });

  for (const [id, set] of Object.entries(SETS)) {
    const floor = floors.sets[id];
    if (!floor) continue;
    it(`${id}: every document and the mean stay at or above their floors`, async () => {
      const scores: Record<string, number> = {};
      for (const file of readdirSync(join(fixtures, set.inputs)).sort()) {
        const gold = JSON.parse(readFileSync(join(fixtures, set.gold, `${stem(file)}.gold.json`), 'utf8'));
        const result = JSON.parse(JSON.stringify(await extractFile(join(fixtures, set.inputs, file))));
        scores[stem(file)] = scoreDocument(gold, result).score;
      }
      const below = Object.entries(scores)
        .filter(([name, score]) => score + TOLERANCE < (floor.documents[name] ?? 1))
        .map(([name, score]) => `${name}: ${score.toFixed(3)} < floor ${floor.documents[name]}`);
      expect(below, `${id} documents below their floor`).toEqual([]);
      const values = Object.values(scores);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      expect(mean + TOLERANCE, `${id} mean ${mean.toFixed(3)}`).toBeGreaterThanOrEqual(floor.mean);
    }, 240_000);
  }

  it('the copied scorer is the shared one, when ../shared is here', () => {
    const shared = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'score.mjs');
    if (!existsSync(shared)) return;
    expect(readFileSync(join(import.meta.dirname, 'helpers', 'score.mjs'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
