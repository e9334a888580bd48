import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { canonicalAgency, splitAgencies, toAgencies } from '../src/normalizers/agencies.js';
import { titleCaseBody } from '../src/normalizers/case.js';
import { normalizeTone } from '../src/normalizers/tone.js';

const g = loadGrammar();

describe('splitAgencies', () => {
  const cases: [string, string[]][] = [
    ['Ban Pháp chế HĐND huyện, Văn phòng HĐND và UBND huyện, các cơ quan, đơn vị có liên quan..', ['Ban Pháp chế HĐND huyện', 'Văn phòng HĐND và UBND huyện', 'các cơ quan, đơn vị có liên quan']],
    ['Các phòng, ban huyện và UBND cấp xã.', ['Các phòng, ban huyện', 'UBND cấp xã']],
    ['Phòng Văn hóa và Thông tin hướng dẫn nghiệp vụ, đôn đốc, kiểm tra', ['Phòng Văn hóa và Thông tin']],
    ['Các cơ quan, đơn vị, địa phương và cá nhân có liên quan', ['Các cơ quan, đơn vị, địa phương và cá nhân có liên quan']],
    ['Công chức Tài chính – Kế toán, Văn hóa – Xã hội, Tư pháp – Hộ tịch', ['Công chức Tài chính – Kế toán', 'Công chức Văn hóa – Xã hội', 'Công chức Tư pháp – Hộ tịch']],
    ['- Phòng Tư pháp; - UBND các xã, thị trấn.', ['Phòng Tư pháp', 'UBND các xã, thị trấn']],
    ['UBND cấp xã - Các cơ quan liên quan.', ['UBND cấp xã', 'Các cơ quan liên quan']],
    ['Phòng Nông nghiệp - PTNT', ['Phòng Nông nghiệp - PTNT']],
    ['Các tổ chức, cá nhân có liên quan', ['Các tổ chức, cá nhân có liên quan']],
    ['Bộ phận Tiếp nhận và Trả kết quả của UBND huyện và UBND cấp xã', ['Bộ phận Tiếp nhận và Trả kết quả của UBND huyện và UBND cấp xã']],
    ['Sở Tài chính và các cơ quan có liên quan', ['Sở Tài chính', 'các cơ quan có liên quan']],
    ['Văn phòng HĐND-UBND huyện, phòng Tư pháp, Tài chính, Văn hóa - TT', ['Văn phòng HĐND-UBND huyện', 'phòng Tư pháp', 'Tài chính', 'Văn hóa - TT']],
    ['Phòng Văn hóa, Thể thao và Du lịch', ['Phòng Văn hóa, Thể thao và Du lịch']],
    ['Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định, Cổng Thông tin điện tử tỉnh', ['Báo Bình Định', 'Đài Phát thanh và Truyền hình Bình Định', 'Cổng Thông tin điện tử tỉnh']],
  ];
  for (const [input, expected] of cases) it(input, () => expect(splitAgencies(input, g)).toEqual(expected));
});

describe('toAgencies', () => {
  it('puts the unit noun a list shared back into the canonical name only', () => {
    expect(toAgencies(['phòng Tư pháp, Tài chính, Văn hóa - TT'], g)).toEqual([
      { name: 'phòng Tư pháp', canonical: 'Phòng Tư pháp' },
      { name: 'Tài chính', canonical: 'Phòng Tài chính' },
      { name: 'Văn hóa - TT', canonical: 'Phòng Văn hóa - Thông tin' },
    ]);
  });
});

describe('canonicalAgency', () => {
  it('expands abbreviations and unifies dashes and tone marks', () => {
    expect(canonicalAgency('Phòng Tài chính – KH', g)).toBe(canonicalAgency('Phòng Tài chính - Kế hoạch', g));
    expect(canonicalAgency('Phòng Văn hoá và Thông tin', g)).toBe('Phòng Văn hóa và Thông tin');
    expect(canonicalAgency('UBND cấp xã', g)).toBe('Ủy ban nhân dân cấp xã');
    // A form of several words is expanded whole, not through the abbreviation inside it.
    expect(canonicalAgency('Phòng Nông nghiệp - PTNT', g)).toBe(canonicalAgency('Phòng NN&PTNT', g));
    expect(canonicalAgency('Phòng TC-KH', g)).toBe('Phòng Tài chính - Kế hoạch');
    expect(canonicalAgency('Văn phòng HĐND&UBND huyện', g)).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện');
  });
});

describe('a capital "Các" inside a value', () => {
  it('starts the next body, as a line break would', () => {
    expect(toAgencies(['Văn phòng HĐND - UBND huyện Các cơ quan liên quan'], g).map((a) => a.name)).toEqual(['Văn phòng HĐND - UBND huyện', 'Các cơ quan liên quan']);
    expect(toAgencies(['Ban Quản Lý Các Khu Công Nghiệp'], g).map((a) => a.name)).toEqual(['Ban Quản Lý Các Khu Công Nghiệp']);
  });
});

describe('a capital "Và"', () => {
  it('separates two bodies and keeps one name whole, as "và" does; the canonical name writes it "và"', () => {
    expect(toAgencies(['Sở Tài chính Và các cơ quan có liên quan'], g).map((a) => a.name)).toEqual(['Sở Tài chính', 'các cơ quan có liên quan']);
    expect(toAgencies(['Văn phòng HĐND Và UBND huyện'], g)).toEqual([{ name: 'Văn phòng HĐND Và UBND huyện', canonical: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện' }]);
  });
});

describe('case and tone', () => {
  it('sentence-cases bodies typed in capitals', () => {
    expect(titleCaseBody('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN')).toBe('Chủ tịch Ủy ban nhân dân huyện Bình Sơn');
    expect(titleCaseBody('SỞ Y TẾ TỈNH LÂM ĐỒNG')).toBe('Sở Y tế tỉnh Lâm Đồng');
    expect(titleCaseBody('Mixed Case')).toBe('Mixed Case');
    // The grammar's proper names keep their inner capitals, whatever dash they are typed with.
    expect(titleCaseBody('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG', g)).toBe('Sở Giáo dục và Đào tạo tỉnh Bắc Giang');
    expect(titleCaseBody('SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI', g)).toBe('Sở Lao động - Thương binh và Xã hội');
  });
  it('gives a province its marks back where a scan misread them, and leaves a name as written otherwise', () => {
    expect(titleCaseBody('ỦY BAN NHÂN DÂN TỈNH LÂM ĐÒNG', g)).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(titleCaseBody('UBND THÀNH PHỐ HỒ CHI MINH', g)).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(titleCaseBody('ỦY BAN NHÂN DÂN TỈNH THANH HOÁ', g)).toBe('Ủy ban nhân dân tỉnh Thanh Hoá');
    expect(titleCaseBody('ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN', g)).toBe('Ủy ban nhân dân huyện Đông Sơn');
    expect(titleCaseBody('SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU', g)).toBe('Sở Y tế tỉnh Bà Rịa - Vũng Tàu');
  });
  it('finds an abbreviation in capitals that OCR ran into the next word', () => {
    const glued = g.agencies.gluedAbbreviation!;
    expect(['UBNDcấp', 'HĐNDhuyện', 'TTHCnội', 'UBND', 'Ubnd', 'PHÒNG'].map((w) => w.replace(glued, '$1 '))).toEqual(['UBND cấp', 'HĐND huyện', 'TTHC nội', 'UBND', 'Ubnd', 'PHÒNG']);
  });

  it('moves tone marks of open oa/oe/uy syllables only', () => {
    expect(normalizeTone('Hoá, Thuỷ, hoàng, hoạch')).toBe('Hóa, Thủy, hoàng, hoạch');
    // "qu" is one consonant: its "u" never takes the mark.
    expect(normalizeTone('Quý I, quỹ, QUÝ')).toBe('Quý I, quỹ, QUÝ');
    expect(canonicalAgency('Quỹ Hỗ trợ nông dân', g)).toBe('Quỹ Hỗ trợ nông dân');
  });
});

describe('splitAgencies on real documents (contract v1.1)', () => {
  it('keeps bodies listed after a colon, and collective phrases, as one agency', () => {
    expect(splitAgencies('Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông', g)).toEqual([
      'Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông',
    ]);
    expect(splitAgencies('Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', g)).toEqual(['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']);
    expect(splitAgencies('các sở, ban, ngành, địa phương có liên quan', g)).toEqual(['các sở, ban, ngành, địa phương có liên quan']);
  });

  it('splits a list of national media bodies', () => {
    expect(splitAgencies('Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và các cơ quan báo chí', g)).toEqual([
      'Đài Tiếng nói Việt Nam',
      'Đài Truyền hình Việt Nam',
      'Thông tấn xã Việt Nam',
      'các cơ quan báo chí',
    ]);
  });
});
