// A PDF whose text is set in a TCVN3 font reads as Latin-1 lookalikes; the loader converts it.
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../src/pipeline.js';
import { makePdf } from './helpers/pdf.js';

describe('PDF in a legacy Vietnamese font', () => {
  it('converts TCVN3 text to Unicode and says so', async () => {
    const bytes = makePdf([
      'I. NhiÖm vô cô thÓ',
      'a) Rµ so¸t c¸c thñ tôc hµnh chÝnh cña huyÖn B×nh S¬n.',
      '- C¬ quan chñ tr×: Phßng Néi vô',
      '- Thêi gian thùc hiÖn: Quý II n¨m 2024',
    ]);
    const r = await extractBytes({ name: 'tcvn3.pdf', bytes });
    expect(r.diagnostics.some((d) => d.code === 'encoding/tcvn3')).toBe(true);
    expect(r.outline.map((o) => o.title)).toEqual(['Nhiệm vụ cụ thể']);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0]!.content).toBe('Rà soát các thủ tục hành chính của huyện Bình Sơn.');
    expect(r.tasks[0]!.lead.map((a) => a.name)).toEqual(['Phòng Nội vụ']);
    expect(r.tasks[0]!.timeline?.end).toBe('2024-06-30');
  });
});
