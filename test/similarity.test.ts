// The similarity join behind seeAlso links: Dice on trigram multisets, and prefix filters that
// never miss a pair reaching the threshold.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dice, diceBound, prefixFilter, trigrams } from '../src/extractors/tables/similarity.js';

const words = ['Phòng', 'Tư pháp', 'chủ trì', 'tổ chức', 'tuyên truyền', 'pháp luật', 'năm 2024', 'kế hoạch', 'cải cách', 'hành chính', 'kiểm tra', 'xã'];
const statement = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

describe('similarity', () => {
  it('scores the same statement 1, however it is cased and spaced, and unrelated ones low', () => {
    expect(dice(trigrams('Tổ chức tuyên truyền pháp luật.'), trigrams('  TỔ CHỨC tuyên  truyền pháp luật'))).toBe(1);
    expect(dice(trigrams('Tổ chức tuyên truyền'), trigrams('Kiểm tra hồ sơ'))).toBeLessThan(0.2);
    expect(dice(trigrams(''), trigrams(''))).toBe(0);
  });

  it('bounds Dice by the sizes alone', () => {
    fc.assert(fc.property(statement, statement, (a, b) => dice(trigrams(a), trigrams(b)) <= diceBound(trigrams(a), trigrams(b)) + 1e-12));
  });

  it('prefix filters keep every pair that reaches the threshold', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 2, maxLength: 12 }), (texts) => {
        const grams = texts.map(trigrams);
        const prefixOf = prefixFilter(grams, 0.7);
        for (const a of grams) {
          for (const b of grams) {
            if (dice(a, b) < 0.8) continue;
            const pb = new Set(prefixOf(b));
            expect(Array.from(prefixOf(a)).some((r) => pb.has(r))).toBe(true);
          }
        }
      }),
    );
  });
});
