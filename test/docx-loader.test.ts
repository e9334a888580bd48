import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadDocx } from '../src/loaders/docx.js';
import { loadGrammar } from '../src/grammar/compile.js';
import { createReporter } from '../src/model/report.js';
import type { Block } from '../src/model/blocks.js';
import { makeDocx, makeZip, p, tbl } from './helpers/docx.js';

const grammar = loadGrammar();

async function load(bytes: Uint8Array, name = 'input.docx') {
  const report = createReporter();
  const doc = await loadDocx({ name, bytes }, { grammar, options: {}, report });
  return { doc, report };
}

/** Blocks as short lines: paragraphs by value, tables by cells with their spans. */
function outline(blocks: Block[]): string[] {
  return blocks.map((b) => {
    if (b.type === 'table') return `TABLE ${b.rows.map((r) => r.cells.map((c) => `${c.value}${c.colSpan ? ` [colSpan ${c.colSpan}]` : ''}${c.rowSpan ? ` [rowSpan ${c.rowSpan}]` : ''}`).join(' | ')).join(' // ')}`;
    if (b.type === 'paragraph') return `${b.strong ? '**' : ''}${b.value}`;
    return b.type === 'heading' ? `H${b.depth} ${b.value}` : b.type;
  });
}

const NUMBERING = `
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`;

const item = (numId: number, ilvl: number, text: string, bold = false) =>
  p([[text, bold ? '<w:b/>' : undefined]], `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

const HEADER = tbl([
  [[p('ỦY BAN NHÂN DÂN') + p('HUYỆN BÌNH SƠN')], [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc')]],
  [[p('Số: 12/KH-UBND')], [p('Bình Sơn, ngày 05 tháng 01 năm 2024')]],
]);

/** The DOCX fixtures: each is committed as fixtures/docx/<name>/input.docx and rewritten with UPDATE=1. */
const CASES: Record<string, () => Uint8Array> = {
  'numbered-lists': () =>
    makeDocx(
      [
        item(1, 0, 'MỤC ĐÍCH, YÊU CẦU', true),
        item(1, 1, 'Mục đích', true),
        item(1, 2, 'Tăng cường trách nhiệm của người đứng đầu;'),
        item(1, 3, 'Phòng Nội vụ chủ trì, phối hợp với các cơ quan có liên quan.'),
        item(1, 2, 'Nâng cao chất lượng phục vụ.'),
        item(1, 1, 'Yêu cầu', true),
        item(1, 0, 'NHIỆM VỤ', true),
        item(1, 1, 'Cải cách thể chế', true),
        item(2, 0, 'Cải cách thủ tục hành chính'),
        item(2, 1, 'Rà soát thủ tục hành chính'),
        p('Đoạn không đánh số.'),
      ].join(''),
      { numbering: NUMBERING },
    ),
  'merged-cells': () =>
    makeDocx(
      HEADER +
        p('KẾ HOẠCH') +
        tbl([
          [['<w:p><w:r><w:t>TT</w:t></w:r></w:p>'], [p('Nhiệm vụ')], [p('Cơ quan thực hiện'), '<w:gridSpan w:val="2"/>']],
          [[p('1')], [p('Rà soát văn bản'), '<w:vMerge w:val="restart"/>'], [p('Phòng Tư pháp')], [p('Quý I')]],
          [[p('2')], ['', '<w:vMerge/>'], [p('Phòng Nội vụ')], [p('Quý II')]],
        ]) +
        tbl([[[p([['Nơi nhận:', '<w:b/>']]) + p('- Như trên;') + p('- Lưu: VT.')], [p([['CHỦ TỊCH', '<w:b/>']]) + p('Nguyễn Văn A')]]]),
    ),
  'vni-font': () =>
    makeDocx(
      p([['keá hoaïch', '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>']]) +
        p([['1. ', undefined], ['Phoøng Noäi vuï chuû trì', '<w:rFonts w:ascii="VNI-Times"/>']]) +
        p([['c¶i c¸ch hµnh chÝnh', '<w:rFonts w:ascii=".VnTimeH"/>']]) +
        p('Tăng cường kỷ luật, kỷ cương hành chính.', '<w:pStyle w:val="Legacy"/>') +
        p('T\u00a8ng c\u00ad\u00eang k\u00fb lu\u00cbt', '<w:pStyle w:val="Legacy"/>'),
      { styles: '<w:style w:type="paragraph" w:styleId="Legacy"><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:style>' },
    ),
};

describe('DOCX fixtures', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = new URL(`../fixtures/docx/${name}/`, import.meta.url);
      if (process.env.UPDATE || !existsSync(new URL('input.docx', dir))) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(new URL('input.docx', dir), build());
      }
      const bytes = new Uint8Array(readFileSync(new URL('input.docx', dir)));
      expect(bytes).toEqual(build());
      const { doc, report } = await load(bytes);
      const actual = { blocks: outline(doc.blocks), diagnostics: report.messages.map((m) => `${m.code}: ${m.message}`) };
      if (process.env.UPDATE || !existsSync(new URL('expected-blocks.json', dir))) writeFileSync(new URL('expected-blocks.json', dir), `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(new URL('expected-blocks.json', dir), 'utf8')));
    });
  }
});

describe('DOCX text and positions', () => {
  it('puts every block on its own line of the text', async () => {
    const { doc } = await load(CASES['merged-cells']!());
    const lines = doc.text.split('\n');
    const at = (pos: { start: { offset: number }; end: { offset: number } }) => doc.text.slice(pos.start.offset, pos.end.offset);
    for (const b of doc.blocks) {
      if (b.type === 'paragraph') expect(at(b.position)).toBe(lines[b.position.start.line - 1]);
      if (b.type === 'paragraph') expect(at(b.position)).toBe(b.value);
      if (b.type !== 'table') continue;
      for (const r of b.rows) {
        expect(at(r.position)).toBe(lines[r.position.start.line - 1]);
        for (const c of r.cells) expect(at(c.position)).toBe(c.value);
      }
    }
  });
});

describe('DOCX bad input', () => {
  it('rejects a file that is not a ZIP archive', async () => {
    await expect(load(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]))).rejects.toThrow('not a ZIP archive');
  });

  it('rejects an empty file', async () => {
    await expect(load(new Uint8Array())).rejects.toThrow('empty file');
  });

  it('rejects a truncated archive', async () => {
    const bytes = CASES['numbered-lists']!();
    await expect(load(bytes.subarray(0, bytes.length >> 1))).rejects.toThrow(/ZIP/u);
  });

  it('rejects a ZIP without word/document.xml', async () => {
    await expect(load(makeZip([{ name: 'hello.txt', data: 'hello' }]))).rejects.toThrow('without word/document.xml');
  });

  it('rejects a zip bomb that declares its size, before inflating', async () => {
    const bytes = makeZip([{ name: 'word/document.xml', data: 'x', declaredSize: 300 * 1024 * 1024 }]);
    await expect(load(bytes)).rejects.toThrow('zip bomb');
  });

  it('rejects a zip bomb that lies about its size, stopping at the size it declares', async () => {
    const dir = new URL('../fixtures/docx/zip-bomb/', import.meta.url);
    if (process.env.UPDATE || !existsSync(new URL('input.docx', dir))) {
      mkdirSync(dir, { recursive: true });
      // 16 MB of spaces that claim to be 100 bytes: deflates to ~16 KB.
      writeFileSync(new URL('input.docx', dir), makeZip([{ name: 'word/document.xml', data: ' '.repeat(16 * 1024 * 1024), declaredSize: 100 }]));
    }
    // The error is the inflater's own output cap: it stopped past 100 bytes, never inflating the 16 MB
    // (a check of the clock instead would fail on a busy machine and pass on a slow loader).
    await expect(load(new Uint8Array(readFileSync(new URL('input.docx', dir))))).rejects.toThrow(/inflates past its declared size .*zip bomb/u);
  });

  it('rejects an archive listing too many entries', async () => {
    const entries = Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}`, data: '' }));
    await expect(load(makeZip(entries))).rejects.toThrow('entries');
  });
});

describe('Word 97–2003 and RTF', () => {
  const dir = new URL('../fixtures/docx/', import.meta.url);

  it('reads a .doc through LibreOffice into the blocks its DOCX gives, and says so', async () => {
    const doc = await load(new Uint8Array(readFileSync(new URL('word-97/input.doc', dir))), 'input.doc');
    // The .doc is LibreOffice's save of this DOCX (a commune plan with a table in its body).
    const docx = await load(new Uint8Array(readFileSync(new URL('../plan-commune-docx-body-table/input.docx', dir))));
    expect(outline(doc.doc.blocks)).toEqual(outline(docx.doc.blocks));
    expect(doc.report.messages).toContainEqual(expect.objectContaining({ code: 'docx/converted', severity: 'info' }));
  });

  it('names the package to install when LibreOffice is absent', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(load(new Uint8Array(readFileSync(new URL('word-97/input.doc', dir))), 'input.doc')).rejects.toThrow(/libreoffice-writer-nogui/u);
    } finally {
      process.env.PATH = path;
    }
  });
});
