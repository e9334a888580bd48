// Any text in: no throw, and a result the contract's schema accepts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractBytes } from '../src/pipeline.js';
import { LoadError } from '../src/loaders/types.js';
import { resultSchema } from '../src/schema/output.js';

const vietnameseish = fc.array(
  fc.oneof(
    fc.constantFrom('I. NHIỆM VỤ', 'a) Tổ chức', '- Cơ quan chủ trì: Phòng Tư pháp', 'Thời gian thực hiện: Quý IV/2024', 'Nơi nhận:', 'Số: /KH-UBND',
      'TM. ỦY BAN NHÂN DÂN', 'Căn cứ Luật số 12/2020/QH14 ngày 1/1/2020;', '|', '\t', '<table><tr><td>x', '**', 'PHỤ LỤC', 'Điều 1.', '+ Kế hoạch', ':'),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  ),
  { maxLength: 60 },
);

describe('property: arbitrary text', () => {
  it('never throws anything but LoadError and always validates', async () => {
    await fc.assert(
      fc.asyncProperty(vietnameseish, fc.constantFrom('\n', '\r\n', '\n\n', ' '), fc.constantFrom('a.txt', 'a.md'), async (lines, sep, name) => {
        const bytes = new TextEncoder().encode(lines.join(sep));
        try {
          const r = await extractBytes({ name, bytes });
          expect(resultSchema.safeParse(r).success).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(LoadError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('handles a huge line and control characters', async () => {
    const text = `KẾ HOẠCH\n${'Tổ chức thực hiện '.repeat(20000)}\n\u0007\u0000x\n- a) \n`;
    const r = await extractBytes({ name: 'huge.txt', bytes: new TextEncoder().encode(text.replace(/\u0000/gu, '')) });
    expect(resultSchema.safeParse(r).success).toBe(true);
  });
});
