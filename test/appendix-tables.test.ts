// Table rebuilding (scraped "|" cells, tables continued across pages, merged cells)
// and how table cells become task fields.
import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { scanText } from '../src/loaders/lines.js';
import { buildParas } from '../src/model/paras.js';
import type { LoadedDocument, Table, TableRow } from '../src/model/blocks.js';
import { rebuildCellBreakTables } from '../src/extractors/tables/cell-breaks.js';
import { normalizeTable } from '../src/extractors/tables/grid.js';
import { agencyValues, cellItems } from '../src/extractors/tables/cells.js';
import { columnKey, columnKeys } from '../src/extractors/tables/columns.js';
import { extractBytes } from '../src/pipeline.js';

const grammar = loadGrammar();
/** A text as its loader gives it: the blocks the line scanner reads and the text they point into. */
const loadedText = (text: string): LoadedDocument => ({ format: 'text', text, blocks: scanText(text, { grammar, markdown: false }), pages: null, ocr: false });
const at = { line: 1, column: 1, offset: 0 };
const pos = { start: at, end: at };
const row = (...values: (string | { value: string; rowSpan?: number; colSpan?: number })[]): TableRow => ({
  position: pos,
  cells: values.map((v) => (typeof v === 'string' ? { value: v, position: pos } : { ...v, position: pos })),
});
const table = (...rows: TableRow[]): Table => ({ type: 'table', rows, position: pos });
const values = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.value));
const HEADER = ['TT', 'Nội dung thực hiện', 'Cơ quan chủ trì', 'Thời gian hoàn thành'];

describe('column headers', () => {
  it('reads synonyms, whatever their spacing and notes', () => {
    expect(columnKey('STT', grammar)).toBe('label');
    expect(columnKey('Nhiệm vụ\ncụ thể', grammar)).toBe('content');
    expect(columnKey('Sản phẩm/ Kết quả', grammar)).toBe('products');
    expect(columnKey('Đơn vị chủ trì', grammar)).toBe('lead');
    expect(columnKey('Tiến độ', grammar)).toBe('timeline');
    expect(columnKey('Kinh phí (triệu đồng)', grammar)).toBe('budget');
    expect(columnKey('Chỉ tiêu năm 2024', grammar)).toBe('target');
    expect(columnKey('Địa bàn thực hiện', grammar)).toBeNull();
  });

  it('names a misread cell of a header row by the nearest wording of a column no other cell names', () => {
    const header = row('TT', 'Nội dung thực hiện', 'phẩm/Kết quả', 'Cơ quan chủ gì', 'Cơ quan phối hợp', 'Đơn vị tính');
    expect(columnKeys(header, grammar)).toEqual(['label', 'content', 'products', 'lead', 'coordinators', null]);
    // A column already named elsewhere is not named twice; a row that is no header gets no guesses.
    expect(columnKeys(row('Nội dung', 'Cơ quan chủ trì', 'Cơ quan chủ gì'), grammar)).toEqual(['content', 'lead', null]);
    expect(columnKeys(row('1.', 'Cơ quan chủ gì', 'Quý I'), grammar)).toEqual([null, null, null]);
  });
});

describe('scraped tables with "|" between cells', () => {
  const text = [
    'PHỤ LỤC',
    '(Kèm theo Kế hoạch số 12/KH-UBND của UBND huyện)',
    'TT', '|', 'Nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Thời gian hoàn thành', '|',
    'I', '|', 'CẢI CÁCH THỂ CHẾ', '|',
    '1', '|', 'Rà soát văn bản quy phạm pháp luật', '|', 'Phòng Tư pháp', '|', '- Quý I', '- Quý III', '|',
    '2', '|', 'Kiểm tra văn bản', '|', '|', 'Quý IV', '|',
    'Nơi nhận:',
  ].join('\n');

  it('become one table, rows chunked by the header width, group rows as two cells', () => {
    const paras = buildParas(loadedText(text), grammar);
    expect(rebuildCellBreakTables(paras, text, grammar)).toBe(1);
    const t = paras.find((p) => p.block.type === 'table')!.block as Table;
    expect(values(t)).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Phòng Tư pháp', '- Quý I\n- Quý III'],
      ['2', 'Kiểm tra văn bản', '', 'Quý IV'],
    ]);
    expect(t.rows[1]!.cells[1]!.colSpan).toBe(3);
  });

  it('keep their columns when every row, the header too, is closed by an empty cell', () => {
    const closed = [
      'PHỤ LỤC', '|', 'TT', '|', 'Chỉ tiêu', '|', 'Chủ trì', '|', '|',
      '|', 'I. Kinh tế số', '|', '|', '|',
      '1', '|', 'Kinh tế số chiếm 45% GRDP tỉnh.', '|', 'Sở Tài chính', '|', '|',
      'II', '|', 'XÃ HỘI SỐ', '|', '|',
      '1', '|', 'Tỷ lệ phủ sóng 5G đạt 100%.', '|', 'Sở Khoa học và Công nghệ', '|', '|',
    ].join('\n');
    const paras = buildParas(loadedText(closed), grammar);
    rebuildCellBreakTables(paras, closed, grammar);
    const t = paras.find((p) => p.block.type === 'table')!.block as Table;
    expect(values(t)).toEqual([
      ['TT', 'Chỉ tiêu', 'Chủ trì', ''],
      ['', 'I. Kinh tế số', '', ''],
      ['1', 'Kinh tế số chiếm 45% GRDP tỉnh.', 'Sở Tài chính', ''],
      ['II', 'XÃ HỘI SỐ'],
      ['1', 'Tỷ lệ phủ sóng 5G đạt 100%.', 'Sở Khoa học và Công nghệ', ''],
    ]);
    expect(t.rows[1]!.cells[1]!.colSpan).toBe(3);
  });

  it('leave the text before the first header cell a paragraph of its own', () => {
    const paras = buildParas(loadedText(text), grammar);
    rebuildCellBreakTables(paras, text, grammar);
    expect(paras.map((p) => p.value).filter(Boolean)).toContain('(Kèm theo Kế hoạch số 12/KH-UBND của UBND huyện)');
    expect(paras.at(-1)!.value).toBe('Nơi nhận:');
  });
});

describe('table clean-up', () => {
  it('drops repeated headers and separators, and joins a row broken across pages', () => {
    const t = normalizeTable(
      table(
        row(...HEADER),
        row('1.', 'Rà soát, kiến nghị cơ', '- Các phòng,', 'Thường xuyên'),
        row('----', '---', '--', '---'),
        row(...HEADER),
        row('', 'quan có thẩm quyền.', 'ban, ngành cấp huyện.', 'trong năm.'),
        row('2.', 'Báo cáo kết quả.', 'Phòng Nội vụ', 'Tháng 11'),
      ),
      grammar,
    );
    expect(values(t)).toEqual([
      HEADER,
      ['1.', 'Rà soát, kiến nghị cơ quan có thẩm quyền.', '- Các phòng, ban, ngành cấp huyện.', 'Thường xuyên trong năm.'],
      ['2.', 'Báo cáo kết quả.', 'Phòng Nội vụ', 'Tháng 11'],
    ]);
  });

  it('gives a merged cell to every row it spans, sub-rows keeping their own cells', () => {
    const t = normalizeTable(
      table(
        row(...HEADER),
        row({ value: '1', rowSpan: 2 }, 'Nâng cấp đường truyền.', { value: 'Phòng Giáo dục và Đào tạo', rowSpan: 2 }, 'Quý II'),
        row('Trang bị máy tính.', 'Quý III'),
        row({ value: 'B. DỮ LIỆU SỐ', colSpan: 4 }),
      ),
      grammar,
    );
    expect(values(t)).toEqual([
      HEADER,
      ['1', 'Nâng cấp đường truyền.', 'Phòng Giáo dục và Đào tạo', 'Quý II'],
      ['1', 'Trang bị máy tính.', 'Phòng Giáo dục và Đào tạo', 'Quý III'],
      ['B. DỮ LIỆU SỐ', '', '', ''],
    ]);
  });

  it('keeps a row with an empty TT that starts new work as a row of its own', () => {
    const t = normalizeTable(table(row(...HEADER), row('1.', 'Lập kế hoạch.', 'Phòng Nội vụ', 'Quý I'), row('', 'Tổ chức thực hiện.', 'Phòng Nội vụ', 'Quý II')), grammar);
    expect(t.rows).toHaveLength(3);
  });
});

describe('cell values', () => {
  it('splits list cells into items without bullets, numbers or end punctuation', () => {
    expect(cellItems('- Tổ chức thực hiện: thường xuyên. - Báo cáo kết quả: định kỳ hàng quý')).toEqual([
      'Tổ chức thực hiện: thường xuyên',
      'Báo cáo kết quả: định kỳ hàng quý',
    ]);
    expect(cellItems('1. Báo cáo của UBND tỉnh;\n2. Quyết định của UBND tỉnh.')).toEqual(['Báo cáo của UBND tỉnh', 'Quyết định của UBND tỉnh']);
    expect(cellItems('Phòng Tài chính - KH.')).toEqual(['Phòng Tài chính - KH']);
  });

  it('routes labelled bodies to their field and drops descriptions', () => {
    const v = agencyValues('- Cơ quan thực hiện: Phòng Nội vụ; UBND cấp xã; - Cơ quan phối hợp: Phòng Tư pháp.', 'lead', grammar);
    expect(v.map((x) => [x.key, x.value])).toEqual([
      ['lead', 'Phòng Nội vụ'],
      ['lead', 'UBND cấp xã'],
      ['coordinators', 'Phòng Tư pháp'],
    ]);
    expect(agencyValues('Cơ quan tổng hợp, kiểm tra: Phòng Nội vụ.', 'lead', grammar).map((x) => x.value)).toEqual(['Phòng Nội vụ']);
    expect(agencyValues('UBND cấp xã: thực hiện rà soát theo kế hoạch.', 'lead', grammar).map((x) => x.value)).toEqual(['UBND cấp xã']);
    expect(agencyValues('Phòng Nội vụ chủ trì, phối hợp với các phòng, ban, ngành cấp huyện', 'lead', grammar).map((x) => [x.key, x.value])).toEqual([
      ['lead', 'Phòng Nội vụ'],
      ['coordinators', 'các phòng, ban, ngành cấp huyện'],
    ]);
  });
});

describe('tasks from an appendix table', () => {
  const text = [
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2024',
    'I. NHIỆM VỤ',
    '1. Rà soát, chuẩn hóa thủ tục hành chính thuộc thẩm quyền giải quyết của huyện.',
    '',
    'Phụ lục số 01: Nhiệm vụ cải cách thủ tục hành chính năm 2024',
    '',
    'TT\tNội dung thực hiện\tCơ quan chủ trì\tThời gian hoàn thành\tĐịa bàn',
    '1.\tRà soát, chuẩn hóa thủ tục hành chính thuộc thẩm quyền giải quyết của huyện.\tVăn phòng HĐND và UBND huyện\tQuý II/2024\tToàn huyện',
  ].join('\n');

  it('are appendix tasks named after the appendix, linked to the body task stating the same work', async () => {
    const r = await extractBytes({ name: 'plan.txt', bytes: new TextEncoder().encode(text) });
    const row = r.tasks.find((t) => t.origin === 'appendix')!;
    const body = r.tasks.find((t) => t.origin === 'body')!;
    expect(row).toMatchObject({ id: 'PL1.1', label: '1.', section: 'Nhiệm vụ cải cách thủ tục hành chính năm 2024', seeAlso: [body.id] });
    expect(row.fields['Địa bàn']).toBe('Toàn huyện');
    expect(body.seeAlso).toEqual([row.id]);
    expect(r.diagnostics.map((d) => d.code)).toContain('appendix-tables/unknown-column');
  });

  it('leave out the row under the header that numbers the columns', async () => {
    const numbered = text.replace('Địa bàn\n', 'Địa bàn\n(1)\t(2)\t(3)\t(4)\t(5)=(3)+(4)\n');
    const r = await extractBytes({ name: 'plan.txt', bytes: new TextEncoder().encode(numbered) });
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => t.label)).toEqual(['1.']);
  });
});
