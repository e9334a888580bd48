import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { splitLines } from '../src/loaders/source-lines.js';
import { findLineTables } from '../src/loaders/layout-tables.js';

const grammar = loadGrammar();
const rowsOf = (text: string) =>
  findLineTables(splitLines(text), grammar).map((t) => t.table.rows.map((r) => r.cells.map((c) => c.value)));

describe('findLineTables', () => {
  it('reads aligned columns with wrapped cells, a page break and the header repeated', () => {
    const text = [
      '                       Sản phẩm      Cơ quan       Thời gian',
      'TT    Nội dung         /Kết quả                    hoàn',
      '                                     chủ trì       thành',
      '1.    Lập quy hoạch    Quyết định    Sở Xây dựng   Quý I',
      '      vùng huyện.      phê duyệt.',
      '2.    Kiểm tra công    Báo cáo       Thanh tra     Quý II',
      '\f              Trang 2',
      '                       Sản phẩm      Cơ quan       Thời gian',
      'TT    Nội dung         /Kết quả                    hoàn',
      '                                     chủ trì       thành',
      '      trình xây dựng.  kết quả.      Sở',
      '',
      'Nơi nhận:',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['TT', 'Nội dung', 'Sản phẩm /Kết quả', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
        ['1.', 'Lập quy hoạch vùng huyện.', 'Quyết định phê duyệt.', 'Sở Xây dựng', 'Quý I'],
        ['2.', 'Kiểm tra công trình xây dựng.', 'Báo cáo kết quả.', 'Thanh tra Sở', 'Quý II'],
      ],
    ]);
  });

  it('rebuilds one cell per line by the header width and the row numbers', () => {
    const text = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', '1', 'Lập kế hoạch', 'kiểm tra.', 'Sở Y tế', 'Quý I', '2', 'Tổng kết.', 'Sở Y tế', 'Quý IV'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành'],
        ['1', 'Lập kế hoạch kiểm tra.', 'Sở Y tế', 'Quý I'],
        ['2', 'Tổng kết.', 'Sở Y tế', 'Quý IV'],
      ],
    ]);
  });

  it('deals a gazette dump\'s cell fragments to the columns, past its running header and repeated header', () => {
    const header = ['TT', 'Nội dung, nhiệm vụ', 'Cơ quan chủ', 'trì thực hiện', 'Cơ quan', 'phối hợp', 'Thời gian'];
    const text = [
      ...header,
      '1', 'Rà soát, thể chế hóa các chủ trương,', 'định hướng của Đảng.', 'Bộ NN&MT,', 'Bộ Quốc phòng', 'Các bộ,', 'cơ quan', 'Năm', '2026 - 2027',
      '', 'CÔNG BÁO/Số 277/Ngày 16-05-2026', '61', ' ',
      ...header,
      '2  Hoàn thiện các quy định về xử lý.', 'Bộ NN&MT', 'Hằng năm',
      '', 'CÔNG BÁO/Số 277/Ngày 16-05-2026', '62', ' ',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['TT', 'Nội dung, nhiệm vụ', 'Cơ quan chủ trì thực hiện', 'Cơ quan phối hợp', 'Thời gian'],
        ['1', 'Rà soát, thể chế hóa các chủ trương, định hướng của Đảng.', 'Bộ NN&MT, Bộ Quốc phòng', 'Các bộ, cơ quan', 'Năm 2026 - 2027'],
        ['2', 'Hoàn thiện các quy định về xử lý.', 'Bộ NN&MT', '', 'Hằng năm'],
      ],
    ]);
  });

  it('leaves tab-separated rows and prose alone', () => {
    expect(rowsOf('TT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tA\tB\tC')).toEqual([]);
    expect(rowsOf('TT   các nội dung khác\nvăn bản')).toEqual([]);
  });
});
