// What a scan's misread letters may and may not change: spellings mended from the document's own
// majority, section titles matched on their letters, numbered headings that stay whole.
import { describe, expect, it } from 'vitest';
import { documentSpellings } from '../src/normalizers/spelling.js';
import { classOf } from '../src/model/section-class.js';
import { loadGrammar } from '../src/grammar/compile.js';
import { scanText } from '../src/loaders/lines.js';

const grammar = loadGrammar();

describe('documentSpellings', () => {
  const body = [
    'BAN CHÍ ĐẠO CAI CÁCH HÀNH CHÍNH CỦA CHÍNH PHÙ',
    'Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ ban hành Kế hoạch.',
    'Các thành viên Ban Chỉ đạo cải cách hành chính của Chính phủ chịu trách nhiệm.',
    'Văn phòng Ban Chỉ đạo cải cách hành chính của Chính phụ theo dõi.',
  ].join('\n');
  const respell = documentSpellings(body);

  it('respells a misread name as the body spells it most often', () => {
    expect(respell('Ban Chí đạo cai cách hành chính của chính phù')).toBe('Ban Chỉ đạo cải cách hành chính của chính phủ');
  });

  it('takes the capitals of the body for a value cased by rule, keeping its first word', () => {
    expect(respell('ban Chí đạo cai cách hành chính của chính phù', true)).toBe('ban Chỉ đạo cải cách hành chính của Chính phủ');
  });

  it('leaves words the document does not repeat, and spellings it is not sure of', () => {
    expect(respell('Kế hoạch kiếm tra')).toBe('Kế hoạch kiếm tra');
    const split = documentSpellings('tô chức. tổ chức. Tô chức');
    expect(split('Tô chức hội nghị')).toBe('Tô chức hội nghị');
  });
});

describe('section titles in a scan', () => {
  it('are matched on their letters without tone marks only when the text is a scan', () => {
    expect(classOf('TÔ CHỨC THỰC HIỆN', grammar)).toBeNull();
    expect(classOf('TÔ CHỨC THỰC HIỆN', grammar, true)).toBe('responsibility');
    expect(classOf('KÉT QUÁ ĐẠT ĐƯỢC TRONG TRIẾN KHAI CÁC NHIỆM VỤ', grammar, true)).toBe('status');
  });

  it('class a meeting programme and an inspection method as no work', () => {
    expect(classOf('NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ', grammar)).toBe('other');
    expect(classOf('PHƯƠNG PHÁP KIỂM TRA', grammar)).toBe('other');
    expect(classOf('NỘI DUNG KIỂM TRA', grammar)).toBe('work');
  });
});

describe('numbered headings', () => {
  it('stay whole before a blank line and a capital, though they end on a word that ends no sentence', () => {
    const blocks = scanText('II. Nhiệm vụ cụ thể trong thời gian đến\n\nĐể đẩy nhanh tiến độ, yêu cầu các cơ quan thực hiện:\n', { grammar });
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.value : b.type))).toEqual([
      'II. Nhiệm vụ cụ thể trong thời gian đến',
      'Để đẩy nhanh tiến độ, yêu cầu các cơ quan thực hiện:',
    ]);
  });
});
