// The signature block: on-behalf lines, the signer's title and name, through layout and scanner noise.
import { describe, expect, it } from 'vitest';
import { parseSignature } from '../src/extractors/signature.js';

describe('parseSignature', () => {
  it('reads on-behalf lines, a deputy title after the principal, and the name', () => {
    expect(parseSignature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Hải Giang'])).toEqual({
      onBehalf: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Lâm Hải Giang',
    });
  });

  it('leaves out a speck on a line of its own and the signing notes', () => {
    expect(parseSignature(['š', 'CHỦ TỊCH', '(Đã ký)', 'Lê Thanh Hải'])).toEqual({ onBehalf: [], title: 'CHỦ TỊCH', name: 'Lê Thanh Hải' });
    expect(parseSignature(['CHỦ TỊCH', 'Phạm Văn Thật k'])).toEqual({ onBehalf: [], title: 'CHỦ TỊCH', name: 'Phạm Văn Thật' });
  });

  it('splits a title run into the on-behalf line', () => {
    expect(parseSignature(['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH', 'Phạm Văn Thật'])).toEqual({ onBehalf: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Phạm Văn Thật' });
  });

  it("leaves out a portal's signing placeholder after the title, or what is left of it", () => {
    expect(parseSignature(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG [daky]', 'Lê Tiến Châu'])).toMatchObject({ title: 'PHÓ THỦ TƯỚNG', name: 'Lê Tiến Châu' });
    expect(parseSignature(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG y]', 'Phạm Thị Thanh Trà'])).toMatchObject({ title: 'PHÓ THỦ TƯỚNG' });
  });

  it('ends at the name: footnotes and a gazette header after it are no part of it (real plans)', () => {
    expect(parseSignature(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Ngọc Điệp', '[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ thực hiện Nghị quyết số 21-NQ/TW'])).toEqual({
      onBehalf: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Thị Ngọc Điệp',
    });
    expect(parseSignature(['TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Quốc Dũng CÔNG BÁO/Số 277/Ngày 16-05-2026 Phụ lục NHIỆM VỤ TRỌNG TÂM'])).toEqual({
      onBehalf: ['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG'],
      title: 'PHÓ THỦ TƯỚNG',
      name: 'Hồ Quốc Dũng',
    });
  });

  it('leaves a military rank out of the name', () => {
    expect(parseSignature(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'Đại tá Nguyễn Văn Hùng'])).toEqual({
      onBehalf: ['KT. CỤC TRƯỞNG'],
      title: 'PHÓ CỤC TRƯỞNG',
      name: 'Nguyễn Văn Hùng',
    });
  });

  it('reads the line under the last on-behalf line as the title', () => {
    expect(parseSignature(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Phạm Minh Chính'])).toEqual({ onBehalf: ['TM. CHÍNH PHỦ'], title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
  });
});
