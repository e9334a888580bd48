import { describe, expect, it } from 'vitest';
import { cleanCell, cleanInline } from '../src/cleanse/inline.js';

describe('cleanInline', () => {
  const cases: [string, string][] = [
    ['*** Công chức Văn phòng – Thống kê:**', 'Công chức Văn phòng – Thống kê:'],
    ['báo cáo UBND huyện (*qua Phòng Nội vụ*)', 'báo cáo UBND huyện (qua Phòng Nội vụ)'],
    ['* *Địa hình:* Địa hình phức tạp', '* Địa hình: Địa hình phức tạp'],
    ['* Nằm từ $14^{\\circ} 14\'$ độ vĩ Bắc.', "* Nằm từ 14° 14' độ vĩ Bắc."],
    ['Xem [Quyết định số 12/QĐ-UBND](https://example.vn/qd12 "QĐ") và ![logo](a.png)', 'Xem Quyết định số 12/QĐ-UBND và'],
    ['> Căn cứ Luật Tổ chức chính quyền địa phương;', 'Căn cứ Luật Tổ chức chính quyền địa phương;'],
    ['Phòng&nbsp;Tư pháp &amp; UBND<!-- ghi chú -->', 'Phòng Tư pháp & UBND'],
    ['Hoa\u0300 Bi\u0300nh', 'Hoà Bình'],
    ['văn bản chỉ đạo của Chính phủ[2], Bộ Y tế[3], Thành ủy', 'văn bản chỉ đạo của Chính phủ, Bộ Y tế, Thành ủy'],
    ['[1] Kế hoạch số 12/KH-UBND', '[1] Kế hoạch số 12/KH-UBND'],
    ['*Đơn vị chủ trì thực hiện: *', 'Đơn vị chủ trì thực hiện:'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(cleanInline(input)).toBe(expected));
});

describe('cleanCell', () => {
  it('keeps list items and line breaks as lines', () => {
    expect(cleanCell('<ul style="x"><li>- Phòng Tư pháp;</li><li>UBND cấp xã</li></ul>')).toBe('- Phòng Tư pháp;\nUBND cấp xã');
    expect(cleanCell('Sở Nội vụ<br>Sở Tài chính')).toBe('Sở Nội vụ\nSở Tài chính');
  });
});
