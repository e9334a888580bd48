// Explicit property classes must mean what \p{…} means for the text parcli reads.
import { describe, expect, it } from 'vitest';
import { compileRegExp, explicitClasses, rx } from '../src/grammar/pattern.js';

const sample = 'Ủy ban nhân dân tỉnh Đắk Lắk – Kế hoạch số 12/KH-UBND ngày 3/4/2024: ĐỀ ÁN “Chuyển đổi số” ², Ê Đê, ƯƠ ươ ÿ × ÷ 5 ½ e\u0301';

describe('explicit property classes', () => {
  for (const p of ['L', 'Lu', 'Ll', 'N', 'M']) {
    it(`\\p{${p}} keeps its members in Vietnamese text`, () => {
      const real = [...sample].filter((c) => new RegExp(`^\\p{${p}}$`, 'u').test(c));
      const fast = [...sample].filter((c) => compileRegExp(`^\\p{${p}}$`).test(c));
      expect(fast).toEqual(real);
      expect(real.length).toBeGreaterThan(0);
    });
  }

  it('rewrites inside and outside a class, and leaves escapes and other properties alone', () => {
    expect(explicitClasses(String.raw`[^\p{N}\d]`)).toMatch(/^\[\^\\u0030-\\u0039.*\\d\]$/u);
    expect(explicitClasses(String.raw`\p{L}`)).toMatch(/^\[\\u0041-\\u005a/u);
    expect(explicitClasses(String.raw`\p{Lu}`)).toBe(String.raw`\p{Lu}`);
    expect(explicitClasses(String.raw`\\p{L}\p{Script=Greek}\]`)).toBe(String.raw`\\p{L}\p{Script=Greek}\]`);
  });

  it('compiles a tagged pattern once per call site', () => {
    const word = () => rx('u')`^\p{Lu}\p{Ll}+`;
    expect(word()).toBe(word());
    expect(word().test('Đắk')).toBe(true);
    expect(rx('gu')`\p{L}+`).not.toBe(rx('gu')`\p{L}+`);
  });
});
