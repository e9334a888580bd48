import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadHtml } from '../src/loaders/html.js';
import { loadGrammar } from '../src/grammar/compile.js';
import { createReporter } from '../src/model/report.js';
import type { Block } from '../src/model/blocks.js';

const grammar = loadGrammar();
const dir = new URL('../fixtures/html/saved-page/', import.meta.url);

async function load(html: string | Uint8Array) {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  return loadHtml({ name: 'page.html', bytes }, { grammar, options: {}, report: createReporter() });
}

const summary = (blocks: Block[]) =>
  blocks.map((b) =>
    b.type === 'table'
      ? { table: b.rows.map((r) => r.cells.map((c) => (c.colSpan ? `${c.value} [colSpan ${c.colSpan}]` : c.value))) }
      : b.type === 'paragraph'
        ? `${b.strong ? '**' : ''}${b.value}`
        : b.type === 'heading'
          ? `H${b.depth} ${b.value}`
          : b.type,
  );

describe('HTML loader', () => {
  it('marks a table cell bold only when all of its text is', async () => {
    const doc = await load(
      '<table><tr><th>TT</th><th>Nội dung</th><th>Cơ quan chủ trì</th></tr>' +
        '<tr><td></td><td><b>Tháng 01/2025</b></td><td></td></tr>' +
        '<tr><td>1</td><td><strong>Tổng kết</strong> năm 2024</td><td><p><b>Phòng</b></p><p><b>Nội vụ</b></p></td></tr></table>',
    );
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.cells.map((c) => !!c.strong))).toEqual([
      [false, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  it('reads the main content of a saved page: layout tables as paragraphs, data tables as tables', async () => {
    const doc = await load(new Uint8Array(readFileSync(new URL('input.html', dir))));
    const actual = summary(doc.blocks);
    const expectedFile = new URL('expected-blocks.json', dir);
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    expect(doc.text).not.toMatch(/Trang chủ|analytics|Văn bản liên quan|©/u);
  });

  it('points every paragraph at its own line of the text', async () => {
    const doc = await load(new Uint8Array(readFileSync(new URL('input.html', dir))));
    const lines = doc.text.split('\n');
    for (const b of doc.blocks) if (b.type === 'paragraph') expect(lines[b.position.start.line - 1]).toBe(b.value);
  });

  it('numbers ordered list items and marks bullets', async () => {
    const doc = await load('<ol start="3"><li>Một</li><li>Hai</li></ol><ol type="I"><li>Ba</li></ol><ul><li>Bốn</li><li>- Năm</li></ul>');
    expect(summary(doc.blocks)).toEqual(['3. Một', '4. Hai', 'I. Ba', '- Bốn', '- Năm']);
  });

  it('rejects a page without text', async () => {
    await expect(load('<html><body><nav>Menu</nav><script>x()</script></body></html>')).rejects.toThrow('no text content');
  });
});
