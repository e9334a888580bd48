import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { loadPdf } from '../src/loaders/pdf.js';
import { layoutPages } from '../src/loaders/pdf/layout.js';
import { OCR_INSTALL_HINT } from '../src/loaders/pdf/ocr.js';
import { pdfjsWords } from '../src/loaders/pdf/pdfjs.js';
import { BboxReader } from '../src/loaders/pdf/poppler.js';
import { findGrids } from '../src/loaders/pdf/ruled-grid.js';
import { findRulings, type Grey } from '../src/loaders/pdf/rulings.js';
import { LoadError, type LoadOptions } from '../src/loaders/types.js';
import type { Block, Table } from '../src/model/blocks.js';
import { createReporter } from '../src/model/report.js';

const grammar = loadGrammar();
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/pdf', name)));

async function load(name: string, options: LoadOptions = {}) {
  const report = createReporter();
  const doc = await loadPdf({ name, bytes: fixture(name) }, { grammar, options, report });
  return { doc, report };
}

const values = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.value] : []));
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');

describe('PDF with a text layer', () => {
  it('rebuilds the header columns, wrapped paragraphs and the closing block, with pages', async () => {
    const { doc } = await load('header-and-signature.pdf');
    expect(doc).toMatchObject({ format: 'pdf', pages: 2, ocr: false });
    const paras = values(doc.blocks);
    // Left column, then right column: each header line whole.
    expect(paras.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ BA GIANG',
      'Số: /KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ba Giang, ngày tháng 02 năm 2023',
      'KẾ HOẠCH',
    ]);
    expect(paras).toContain(
      'Về việc khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của UBND xã Ba Giang',
    );
    expect(paras).toContain('- Phân đấu trong năm 2023, Chỉ số PAR INDEX của xã giữ thứ hạng ổn định (4/19 xã, thị trấn), xếp mức từ hoàn thành tốt nhiệm vụ trở lên.');
    // Nơi nhận column before the signature column; the page number "8" is gone.
    const closing = paras.slice(paras.indexOf('Nơi nhận:'));
    expect(closing.slice(-3)).toEqual(['- Lưu: VT.', 'CHỦ TỊCH', 'Phạm Văn Thật']);
    expect(paras).not.toContain('8');
    for (const b of doc.blocks) expect(b.page).toBeGreaterThanOrEqual(1);
    expect(doc.blocks.find((b) => b.type === 'paragraph' && b.value === 'Nơi nhận:')?.page).toBe(2);
  });

  it('points every block into the rebuilt text', async () => {
    const { doc } = await load('header-and-signature.pdf');
    for (const b of doc.blocks) {
      if (b.type !== 'paragraph') continue;
      const slice = doc.text.slice(b.position.start.offset, b.position.end.offset).replace(/\s+/gu, ' ');
      expect(slice.startsWith(b.value.slice(0, 20))).toBe(true);
      const before = doc.text.slice(0, b.position.start.offset);
      expect(before.split('\n').length).toBe(b.position.start.line);
    }
  });

  it('reads a table split across pages as one table block per page, the broken row with an empty label cell', async () => {
    const { doc } = await load('table-split-across-pages.pdf');
    const [first, second] = tables(doc.blocks);
    expect(tables(doc.blocks)).toHaveLength(2);
    expect(first!.page).toBe(1);
    expect(second!.page).toBe(2);
    const header = ['TT', 'Nội dung thực hiện', 'Sản phẩm/Kết quả', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];
    expect(first!.rows[0]!.cells.map((c) => c.value)).toEqual(header);
    expect(second!.rows[0]!.cells.map((c) => c.value)).toEqual(header);
    expect(first!.rows[1]!.cells.map((c) => c.value)).toEqual([
      '1.',
      'Củng cố, đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã.',
      'Các văn bản đơn đốc, triển khai; Báo cáo kết quả thực hiện.',
      'Văn phòng HĐND- UBND huyện; UBND cấp xã.',
      'Các phòng, ngành cấp huyện; UBND cấp xã.',
      'Tổ chức thực hiện: thường xuyên; Báo cáo kết quả thực hiện: định kỳ hàng quý',
    ]);
    const broken = second!.rows[1]!.cells.map((c) => c.value);
    expect(broken[0]).toBe('');
    expect(broken[1]).toMatch(/^đang còn hiệu lực và có giá trị sử dụng/u);
    expect(first!.rows.at(-1)!.cells[0]!.value).toBe('5.');
    // Cell positions point at the cell's text.
    const cell = first!.rows[1]!.cells[1]!;
    expect(doc.text.slice(cell.position.start.offset, cell.position.end.offset)).toBe(cell.value);
  });

  it('reads the same layout through pdf.js when poppler is absent', async () => {
    const { blocks } = layoutPages(await pdfjsWords(fixture('header-and-signature.pdf'), undefined), grammar);
    const paras = values(blocks);
    expect(paras.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BA GIANG', 'Số: /KH-UBND']);
    expect(paras).toContain('Phạm Văn Thật');
  });
});

describe('pdftotext -bbox output read as it streams in', () => {
  const xhtml = [
    '<doc>',
    '  <page width="595.000000" height="842.000000">',
    '    <word xMin="56.800000" yMin="70.100000" xMax="98.500000" yMax="82.000000">Việt</word>',
    '    <word xMin="101.000000" yMin="70.100000" xMax="140.250000" yMax="82.000000">Sở&amp;Ban</word>',
    '  </page>',
    '  <page width="595.000000" height="842.000000">',
    '    <word xMin="1.000000" yMin="2.000000" xMax="3.000000" yMax="4.000000">Đề</word>',
    '  </page>',
    '</doc>',
  ].join('\n');
  const whole = new BboxReader();
  whole.push(Buffer.from(xhtml, 'utf8'));

  it('reads pages, boxes and entities', () => {
    expect(whole.end()).toEqual([
      { width: 595, height: 842, words: [{ x0: 56.8, y0: 70.1, x1: 98.5, y1: 82, text: 'Việt' }, { x0: 101, y0: 70.1, x1: 140.25, y1: 82, text: 'Sở&Ban' }] },
      { width: 595, height: 842, words: [{ x0: 1, y0: 2, x1: 3, y1: 4, text: 'Đề' }] },
    ]);
  });

  it('reads the same from chunks cut anywhere, inside a tag or a UTF-8 sequence', () => {
    const bytes = Buffer.from(xhtml, 'utf8');
    for (const size of [1, 2, 3, 7, 64]) {
      const reader = new BboxReader();
      for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
      expect(reader.end()).toEqual(whole.pages);
    }
  });

  it('tells of each page once its last word is in, numbered from the range start', () => {
    const heard: [number, number][] = [];
    const reader = new BboxReader((page, n) => heard.push([n, page.words.length]), 5);
    const bytes = Buffer.from(xhtml, 'utf8');
    reader.push(bytes.subarray(0, bytes.indexOf('</page>')));
    expect(heard).toEqual([]);
    reader.push(bytes.subarray(bytes.indexOf('</page>')));
    reader.end();
    expect(heard).toEqual([[5, 2], [6, 1]]);
  });
});

describe('line breaks of the text layer', () => {
  // Words of one line of 12-unit characters from x = 50: full lines end near the 450 margin.
  const line = (text: string, y: number) => {
    let x = 50;
    return text.split(' ').map((t) => {
      const w = { text: t, x0: x, y0: y, x1: x + 8 * t.length, y1: y + 12 };
      x = w.x1 + 4;
      return w;
    });
  };
  const page = (...lines: string[]) => ({ width: 500, height: 800, words: lines.flatMap((l, i) => line(l, 100 + 20 * i)) });

  it('starts the next item after a full line that ends a sentence, where the geometry alone reads a wrap', () => {
    const full = 'Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra.';
    const { blocks } = layoutPages([page(full, full, 'II. NHIỆM VỤ TRỌNG TÂM', '1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai.')], grammar);
    expect(values(blocks)).toEqual([`${full} ${full}`, 'II. NHIỆM VỤ TRỌNG TÂM', '1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai.']);
  });
});

describe('stamps put on after signing', () => {
  // Words of one line set from x, 12 units high.
  const at = (text: string, x: number, y: number) => {
    let left = x;
    return text.split(' ').map((t) => {
      const w = { text: t, x0: left, y0: y, x1: left + 7 * t.length, y1: y + 12 };
      left = w.x1 + 4;
      return w;
    });
  };

  it("drops a gazette centre's stamp box (its name over its e-mail and signing time), not the header under it", () => {
    const words = [
      ...at('TRUNG TÂM CÔNG', 330, 20), ...at('BÁO VÀ TIN HỌC', 330, 33), ...at('ttcbth@quangngai.gov.vn', 330, 46),
      ...at('18.11.2024 07:25:14', 330, 59), ...at('+07:00', 330, 72),
      ...at('ỦY BAN NHÂN DÂN', 60, 120), ...at('TỈNH QUẢNG NGÃI', 64, 134),
    ];
    const { blocks } = layoutPages([{ width: 500, height: 800, words }], grammar);
    expect(values(blocks)).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']);
  });

  it('keeps a short line that only mentions a time, away from any stamp', () => {
    const words = [...at('Thời gian họp: 14:00 ngày 10/10/2025', 60, 120), ...at('Địa điểm: Hội trường tỉnh', 60, 160)];
    const { blocks } = layoutPages([{ width: 500, height: 800, words }], grammar);
    expect(values(blocks)).toEqual(['Thời gian họp: 14:00 ngày 10/10/2025', 'Địa điểm: Hội trường tỉnh']);
  });

  it("tells a scan's stamp-only text layer and a scanner's OCR layer made without Vietnamese from a page's text", async () => {
    const { onlyStamped, readsAsVietnamese } = await import('../src/loaders/pdf/words.js');
    const stamp = { width: 595, height: 842, words: [...at('SAO Y', 405, 6), ...at('Bộ Công an', 405, 16), ...at('Thời gian ký: 2025-10-02T16:24:01+07:00', 405, 26)] };
    expect(onlyStamped(stamp)).toBe(true);
    const prose = 'Tổ chức quán triệt, chỉ đạo triển khai thực hiện các nội dung, nhiệm vụ của Chương trình mục tiêu quốc gia phòng, chống ma tuý';
    const text = { width: 595, height: 842, words: [0, 1, 2].flatMap((i) => at(prose, 60, 100 + 20 * i)) };
    expect(onlyStamped(text)).toBe(false);
    expect(readsAsVietnamese(text)).toBe(true);
    const garbled = 'Ngdy 07ll ll2O25, d6ng chi Nguy6n Nggc Phric Tinh riy vi6n Ph6 Chrl tich UBND tinh de chir tri bu6i lirm vi6c nghe b6o c5o';
    expect(readsAsVietnamese({ width: 595, height: 842, words: [0, 1, 2].flatMap((i) => at(garbled, 60, 100 + 20 * i)) })).toBe(false);
  });
});

describe('PDF that cannot be read', () => {
  it('asks for the password of an encrypted PDF, rejects a wrong one and opens with the right one', async () => {
    await expect(load('encrypted.pdf')).rejects.toThrow(new LoadError('encrypted PDF: pass --password'));
    await expect(load('encrypted.pdf', { password: 'wrong' })).rejects.toThrow(new LoadError('encrypted PDF: wrong password'));
    const { doc } = await load('encrypted.pdf', { password: 'secret' });
    expect(values(doc.blocks)[0]).toBe('ỦY BAN NHÂN DÂN');
  });

  it('says a truncated PDF is corrupt', async () => {
    await expect(load('truncated.pdf')).rejects.toThrow(/^corrupt or truncated PDF: /u);
  });

  it('says bytes without a PDF header are not a PDF', async () => {
    const report = createReporter();
    const bytes = new TextEncoder().encode('not a pdf at all');
    await expect(loadPdf({ name: 'x.pdf', bytes }, { grammar, options: {}, report })).rejects.toBeInstanceOf(LoadError);
  });
});

describe('scanned PDF', () => {
  beforeAll(() => {
    // CI installs Tesseract (scripts/setup-apt.txt); a machine without it must say so, not skip.
    try {
      execFileSync('tesseract', ['--list-langs'], { stdio: 'pipe' });
    } catch {
      throw new Error(`these tests need Tesseract: ${OCR_INSTALL_HINT}`);
    }
  });

  it('OCRs a page without a text layer into the same blocks', async () => {
    const progress: number[][] = [];
    const { doc, report } = await load('scanned-page.pdf', { onPage: (done, total) => progress.push([done, total]) });
    expect(doc).toMatchObject({ format: 'pdf', pages: 1, ocr: true });
    const paras = values(doc.blocks);
    expect(paras).toContain('KẾ HOẠCH');
    expect(paras.some((p) => p.startsWith('- Khắc phục những tồn tại, hạn chế năm 2022'))).toBe(true);
    expect(progress).toEqual([[1, 1]]);
    expect(report.messages).toContainEqual(expect.objectContaining({ code: 'pdf/ocr', severity: 'info' }));
  }, 120_000);

  it('fails with --ocr never instead of returning nothing', async () => {
    await expect(load('scanned-page.pdf', { ocr: 'never' })).rejects.toThrow(/no text layer/u);
  });
});

describe('ruled tables of a scan', () => {
  // A 400×300 page: rulings at x = 20, 150, 380 and y = 20, 80, 280, drawn one pixel askew like a rotated scan.
  const image = (): Grey => {
    const width = 400;
    const height = 300;
    const data = new Uint8Array(width * height).fill(235);
    const dot = (x: number, y: number) => (data[Math.round(y) * width + Math.round(x)] = 120);
    for (const x of [20, 150, 380]) for (let y = 20; y <= 280; y++) dot(x + y / 260, y);
    for (const y of [20, 80, 280]) for (let x = 20; x <= 380; x++) dot(x, y + x / 360);
    return { width, height, data };
  };
  const word = (text: string, x0: number, y0: number) => ({ text, x0, y0, x1: x0 + 10 * text.length, y1: y0 + 16 });

  it('finds the grid of the rulings and puts every word in its cell, header lines at half-line offsets included', () => {
    const grids = findGrids(findRulings(image()));
    expect(grids.map((g) => [g.vertical.length, g.horizontal.length])).toEqual([[3, 3]]);
    const words = [word('TT', 30, 42), word('Nội', 160, 30), word('dung', 200, 30), word('thực', 160, 54), word('hiện', 210, 54)];
    words.push(word('1.', 30, 100), word('Rà', 160, 100), word('soát', 190, 100));
    const report = createReporter();
    const { blocks } = layoutPages([{ width: 400, height: 300, words, grids }], grammar, report);
    expect(tables(blocks)[0]!.rows.map((r) => r.cells.map((c) => c.value))).toEqual([['TT', 'Nội dung thực hiện'], ['1.', 'Rà soát']]);
    expect(report.messages).toEqual([]);
  });

  it('warns about a ruled table it read no word of', () => {
    const report = createReporter();
    layoutPages([{ width: 400, height: 300, words: [word('Kế', 30, 285), word('hoạch', 60, 285)], grids: findGrids(findRulings(image())) }], grammar, report);
    expect(report.messages).toContainEqual(expect.objectContaining({ code: 'pdf/ocr-table', severity: 'warning' }));
  });
});

describe('ruled tables of a text-layer page', () => {
  // What pdftocairo -svg writes for a Word table: borders as thin black rectangles cell side by cell
  // side, cells' white backgrounds, and a stroked rule; "Cơ quan phối hợp" merged over rows 2 and 3.
  const rect = (x0: number, y0: number, x1: number, y1: number, fill = 'rgb(0%,0%,0%)') =>
    `<path style=" stroke:none;fill-rule:evenodd;fill:${fill};fill-opacity:1;" d="M ${x0} ${y0} L ${x1} ${y0} L ${x1} ${y1} L ${x0} ${y1} Z M ${x0} ${y0} "/>`;
  const body = [
    rect(60, 100, 300, 200, 'rgb(100%,100%,100%)'),
    ...[100, 130, 160].map((y) => rect(60, y, 300, y + 0.5)),
    rect(60, 190, 200, 190.5), // under row 3 only as far as the merged column
    rect(60, 220, 300, 220.5),
    ...[60, 200].map((x) => rect(x, 100, x + 0.5, 220.5)),
    rect(300, 100, 300.5, 160), rect(300, 160, 300.5, 220.5), // one ruling drawn in two pieces
    '<path style="fill:none;stroke-width:0.5;stroke:rgb(0%,0%,0%);" d="M 0 0 L 0 120.5" transform="matrix(1,0,0,1,100,100)"/>',
    '<path style="stroke:none;fill:rgb(0%,0%,0%);" d="M 1.9 0 C 1.9 -8 8.9 -8 8.9 0 Z"/>', // a glyph
  ].join('\n');

  it('reads borders from fills and strokes, joins their pieces and leaves backgrounds and glyphs out', async () => {
    const { pageRulings } = await import('../src/loaders/pdf/vector-rulings.js');
    const r = pageRulings(body);
    expect(r.vertical.map((v) => [v.x0, v.y0, v.y1])).toEqual([[60.25, 100, 220.5], [100, 100, 220.5], [200.25, 100, 220.5], [300.25, 100, 220.5]]);
    expect(r.horizontal.map((h) => [h.y0, h.x0, h.x1])).toEqual([[100.25, 60, 300], [130.25, 60, 300], [160.25, 60, 300], [190.25, 60, 200], [220.25, 60, 300]]);
  });

  it('gives a cell merged over rows to each row it spans', async () => {
    const { pageRulings, drawnGrids } = await import('../src/loaders/pdf/vector-rulings.js');
    const { rowSpan } = await import('../src/loaders/pdf/ruled-grid.js');
    const [grid] = drawnGrids(pageRulings(body));
    expect(grid!.vertical).toHaveLength(4);
    expect([0, 1, 2, 3].map((row) => rowSpan(grid!, row, 2))).toEqual([1, 1, 2, 1]);
    expect(rowSpan(grid!, 2, 1)).toBe(1);
  });
});

describe('OCR numerals', () => {
  it('reads a misread roman numeral before a title in capitals, and leaves arabic numbers alone', async () => {
    const { parseTsv } = await import('../src/loaders/pdf/ocr.js');
    const row = (word: number, text: string, line = 1) => ['5', '1', '1', '1', String(line), String(word), '10', '10', '20', '10', '90', text].join('\t');
    const page = parseTsv(
      [
        ['1', '1', '0', '0', '0', '0', '0', '0', '600', '800', '-1', ''].join('\t'),
        row(1, 'HI.'), row(2, 'TỔ'), row(3, 'CHỨC'),
        row(1, '1.', 2), row(2, 'MỤC', 2),
        row(1, 'Il.', 3), row(2, 'Nhiệm', 3),
        row(1, 'HI,', 4), row(2, 'NHỮNG', 4),
      ].join('\n'),
    );
    expect(page.words.map((w) => w.text)).toEqual(['III.', 'TỔ', 'CHỨC', '1.', 'MỤC', 'Il.', 'Nhiệm', 'III,', 'NHỮNG']);
  });

  it('reads "$." or "Š." opening a line before capitalised text as the item number "5."', async () => {
    const { parseTsv } = await import('../src/loaders/pdf/ocr.js');
    const row = (word: number, text: string, line = 1) => ['5', '1', '1', '1', String(line), String(word), '10', '10', '20', '10', '90', text].join('\t');
    const page = parseTsv([row(1, '$.'), row(2, 'Kiểm'), row(1, 'Š.', 2), row(2, 'Cải', 2), row(1, '$.', 3), row(2, '100', 3), row(1, 'Giá', 4), row(2, '$.', 4)].join('\n'));
    expect(page.words.map((w) => w.text)).toEqual(['5.', 'Kiểm', '5.', 'Cải', '$.', '100', 'Giá', '$.']);
  });

  it('reads "ø)" opening a line as the item letter "g)", and "x+" as a bullet, nowhere else', async () => {
    const { parseTsv } = await import('../src/loaders/pdf/ocr.js');
    const row = (word: number, text: string, line = 1) => ['5', '1', '1', '1', String(line), String(word), '10', '10', '20', '10', '90', text].join('\t');
    const page = parseTsv([row(1, 'ø)'), row(2, 'Thường'), row(1, 'Trong', 2), row(2, 'ø)', 2), row(1, 'x+', 3), row(2, 'Công', 3), row(3, 'x+', 3), row(1, '*x*+', 4), row(1, '10_', 5), row(2, '_', 5), row(3, 'V_', 5), row(1, '-', 6), row(2, '])', 6), row(3, '|)', 6)].join('\n'));
    expect(page.words.map((w) => w.text)).toEqual(['g)', 'Thường', 'Trong', 'ø)', '+', 'Công', 'x+', '+', '10', 'V', '-', 'l)', 'l)']);
  });

  it('reads small raised marks between clauses as item numbers "(k)", counted per paragraph; not labels, specks or bullets', async () => {
    const { parseTsv } = await import('../src/loaders/pdf/ocr.js');
    // Boxes as Tesseract gave them on a scanned plan (200 dpi): "(1)" set as a superscript read as "#)" at low confidence.
    const w = (par: number, line: number, word: number, [x, y, wd, h]: number[], text: string, conf = 96) =>
      ['5', '1', '1', String(par), String(line), String(word), String(x), String(y), String(wd), String(h), String(conf), text].join('\t');
    const page = parseTsv(
      [
        w(1, 1, 1, [329, 777, 26, 25], '1.'), w(1, 1, 2, [370, 777, 75, 26], 'C04:'), w(1, 1, 3, [462, 772, 27, 20], '#)', 5),
        w(1, 1, 4, [500, 775, 63, 27], 'Chủ'), w(1, 1, 5, [576, 775, 43, 32], 'trì,'), w(1, 1, 6, [634, 766, 66, 42], 'phối'),
        w(1, 2, 1, [852, 859, 84, 30], '2030;'), w(1, 2, 2, [952, 853, 16, 21], '2'), w(1, 2, 3, [972, 856, 110, 34], 'Tuyên'), w(1, 2, 4, [1093, 848, 37, 34], 'bố'),
        w(2, 2, 1, [329, 1301, 26, 25], '2.'), w(2, 2, 2, [368, 1300, 76, 26], 'V01:'), w(2, 2, 3, [458, 1295, 27, 20], 'Ø'),
        w(2, 2, 4, [495, 1298, 62, 27], 'Chủ'), w(2, 2, 5, [569, 1297, 32, 27], 'trì'),
        // An item's own "4." above letters with marks below, a speck, a bullet: no numbers.
        w(3, 3, 1, [1200, 580, 40, 30], 'định.'), w(3, 4, 1, [320, 556, 27, 27], '4.'), w(3, 4, 2, [370, 555, 90, 37], 'Phòng'), w(3, 4, 3, [470, 556, 50, 36], 'Nội'),
        w(3, 5, 1, [200, 900, 60, 30], 'sau:'), w(3, 6, 1, [273, 925, 10, 10], '°'), w(3, 6, 2, [300, 915, 60, 29], 'Nằm'), w(3, 6, 3, [370, 916, 40, 28], 'từ'),
        w(3, 7, 1, [200, 1000, 60, 30], 'sau:'), w(3, 8, 1, [229, 1020, 20, 6], '-'), w(3, 8, 2, [260, 1000, 60, 29], 'Nằm'), w(3, 8, 3, [330, 1001, 40, 28], 'từ'),
      ].join('\n'),
    );
    expect(page.words.map((x) => x.text)).toEqual([
      '1.', 'C04:', '(1)', 'Chủ', 'trì,', 'phối', '2030;', '(2)', 'Tuyên', 'bố',
      '2.', 'V01:', '(1)', 'Chủ', 'trì',
      'định.', '4.', 'Phòng', 'Nội', 'sau:', '°', 'Nằm', 'từ', 'sau:', '-', 'Nằm', 'từ',
    ]);
  });

  it('mends a quarter glued to its year after "Quý", within one line', async () => {
    const { parseTsv } = await import('../src/loaders/pdf/ocr.js');
    const row = (word: number, text: string, line = 1) => ['5', '1', '1', '1', String(line), String(word), '10', '10', '20', '10', '90', text].join('\t');
    const page = parseTsv(
      [row(1, 'Quý'), row(2, '12023'), row(1, 'Quý', 2), row(1, '12023', 3)].join('\n'),
    );
    expect(page.words.map((w) => w.text)).toEqual(['Quý', '1/2023', 'Quý', '12023']);
  });
});

describe('cell values', () => {
  it('opens a new item at a dash only in a list or after a finished line', async () => {
    const { cellValue } = await import('../src/loaders/pdf/table-rows.js');
    expect(cellValue(['Văn phòng', '- Thống kê'])).toBe('Văn phòng - Thống kê');
    expect(cellValue(['- Kế hoạch', '- Báo cáo'])).toBe('- Kế hoạch\n- Báo cáo');
    expect(cellValue(['Các văn bản:', '- Kế hoạch'])).toBe('Các văn bản:\n- Kế hoạch');
    expect(cellValue(['Rà soát hộ dân sống', 'ven sông'])).toBe('Rà soát hộ dân sống ven sông');
  });
});
