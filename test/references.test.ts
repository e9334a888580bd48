import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { extractReferences, findReferences } from '../src/extractors/references.js';
import type { Block } from '../src/model/blocks.js';
import { createReporter } from '../src/model/report.js';
import { openProfile } from '../src/model/profile.js';
import type { Para, Working } from '../src/model/working.js';
import { referenceSchema, type Reference } from '../src/schema/output.js';

const grammar = loadGrammar();
const find = (...texts: string[]) => findReferences(texts.map((text, i) => ({ text, source: { line: i + 1 } })), grammar);
const brief = (r: Reference) => ({ kind: r.kind, number: r.number, date: r.date, issuer: r.issuer, title: r.title });

describe('findReferences', () => {
  it('ends a cited title where the sentence leaves it (lines of real plans)', () => {
    const refs = find(
      'triển khai thi hành Luật Việc làm trên địa bàn Thành phố Hồ Chí Minh với các nội dung sau:',
      'theo quy định của Luật Ngân sách nhà nước, nguồn chi tổ chức thực hiện nhiệm vụ',
      'quy định phân cấp về quản lý tài chính của Luật Thi đua khen thưởng và Luật Ngân sách Nhà nước.',
      'gắn triển khai thi hành Luật Bảo vệ dữ liệu cá nhân với việc xây dựng thể chế',
      'theo quy định của Luật Phòng, chống tham nhũng.',
    );
    expect(refs.map((r) => r.title)).toEqual(['Việc làm', 'Ngân sách nhà nước', 'Thi đua khen thưởng', 'Bảo vệ dữ liệu cá nhân', 'Phòng, chống tham nhũng']);
  });

  it('takes no title from the law spoken of or a sort of law', () => {
    expect(find(
      'chỉ đạo, điều hành, tổ chức triển khai thi hành Luật trên phạm vi cả nước.',
      'công tác phổ biến Luật và các văn bản quy phạm pháp luật quy định chi tiết',
      'Tuân thủ các quy định của Luật chuyên ngành về các nhóm thủ tục hành chính',
    )).toEqual([]);
  });

  it('reads the number or year written after a law\'s title', () => {
    const refs = find(
      'Căn cứ Luật Nuôi con nuôi số 52/2010/QH12;',
      'Căn cứ Nghị định số 19/2011/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi;',
      'nhiệm vụ, chế độ được giao của Luật An ninh mạng 2025.',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;',
    );
    expect(refs.map((r) => [r.kind, r.number, r.date, r.title, r.mentions])).toEqual([
      ['Luật', '52/2010/QH12', null, 'Nuôi con nuôi', 2],
      ['Nghị định', '19/2011/NĐ-CP', null, null, 1],
      ['Luật', null, '2025', 'An ninh mạng', 1],
      ['Luật', '64/2025/QH15', null, 'Ban hành văn bản quy phạm pháp luật', 1],
      ['Luật', '87/2025/QH15', null, null, 1],
    ]);
  });

  it('reads a number broken after its slash and drops a footnote mark run into it', () => {
    const refs = find('Chương trình số 12-CTr/BCĐ, Nghị quyết số 119/2026/ UBTVQH15', 'Nghị định số 09/2026/NĐ-CP4', 'Chương trình số 12-CTr/BCĐ3');
    expect(refs.map((r) => [r.number, r.issuer, r.mentions])).toEqual([
      ['12-CTr/BCĐ', null, 2],
      ['119/2026/UBTVQH15', 'Ủy ban Thường vụ Quốc hội', 1],
      ['09/2026/NĐ-CP', 'Chính phủ', 1],
    ]);
  });

  it('reads a numbered citation with its date and issuer', () => {
    expect(find('Căn cứ Quyết định số 1897/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND tỉnh ban hành Kế hoạch …;')).toEqual([
      { kind: 'Quyết định', number: '1897/QĐ-UBND', date: '2023-12-15', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh', title: null, mentions: 1, source: { line: 1 } },
    ]);
  });

  it('reads the issuer from the number when the text names none', () => {
    expect(find('theo Nghị định 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010.').map(brief)).toEqual([
      { kind: 'Nghị định', number: '63/2010/NĐ-CP', date: '2010-06-08', issuer: 'Chính phủ', title: null },
    ]);
    expect(find('Thông tư số 05/2014/TT-BTP; Quyết định số 09/2015/QĐ-TTg').map((r) => r.issuer)).toEqual(['Bộ Tư pháp', 'Thủ tướng Chính phủ']);
  });

  it('reads numbers of every shape', () => {
    const refs = find(
      'theo Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy; Công văn số 703/PNV ngày 22/12/2023.',
      'Nghị định 83/NĐ-CP ngày 6/8/1994 của Chính phủ; Nghị định số 24/2014/NĐCP ngày 04/4/2014; theo Nghị định 68/2000/NĐ- CP năm 2021.',
    );
    expect(refs.map((r) => [r.kind, r.number, r.date])).toEqual([
      ['Nghị quyết', '04-NQ/TU', '2021-10-18'],
      ['Công văn', '703/PNV', '2023-12-22'],
      ['Nghị định', '83/NĐ-CP', '1994-08-06'],
      ['Nghị định', '24/2014/NĐCP', '2014-04-04'],
      ['Nghị định', '68/2000/NĐ-CP', null],
    ]);
  });

  it('writes a kind under its plain label', () => {
    expect(find('Căn cứ Kế hoạch hành động số 22-KH/TU ngày 23/7/2021 của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa thực hiện …').map(brief)).toEqual([
      { kind: 'Kế hoạch', number: '22-KH/TU', date: '2021-07-23', issuer: 'Ban Chấp hành Đảng bộ tỉnh Thanh Hóa', title: null },
    ]);
  });

  it('reads lists that share one kind', () => {
    const numbers = (text: string) => find(text).map((r) => [r.kind, r.number, r.date]);
    expect(numbers('theo các Nghị định của Chính phủ: Số 62/2020/NĐ-CP ngày 01/6/2020 và số 106/2020/NĐ-CP ngày 10/9/2020 và hướng dẫn')).toEqual([
      ['Nghị định', '62/2020/NĐ-CP', '2020-06-01'],
      ['Nghị định', '106/2020/NĐ-CP', '2020-09-10'],
    ]);
    expect(numbers('các Nghị định của Chính phủ: Số 45/2020/NĐ-CP ngày 08/4/2020, số 107/2021/NĐ-CP ngày 06/12/2021.')).toEqual([
      ['Nghị định', '45/2020/NĐ-CP', '2020-04-08'],
      ['Nghị định', '107/2021/NĐ-CP', '2021-12-06'],
    ]);
    expect(numbers('Nghị định số 45/2020/NĐ-CP ngày 08/4/2020, Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 và Thông tư số 01/2023/TT-VPCP ngày 05/4/2023')).toEqual([
      ['Nghị định', '45/2020/NĐ-CP', '2020-04-08'],
      ['Nghị định', '107/2021/NĐ-CP', '2021-12-06'],
      ['Thông tư', '01/2023/TT-VPCP', '2023-04-05'],
    ]);
    expect(numbers('tổ chức thực hiện Quyết định 1501/QĐ-UBND, Quyết định 390/QĐ-UBND của UBND tỉnh')).toEqual([
      ['Quyết định', '1501/QĐ-UBND', null],
      ['Quyết định', '390/QĐ-UBND', null],
    ]);
  });

  it('reads laws by title, a law named inside another title being part of it', () => {
    expect(find('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;').map(brief)).toEqual([
      { kind: 'Luật', number: null, date: '2015-06-19', issuer: null, title: 'Tổ chức chính quyền địa phương' },
      { kind: 'Luật', number: null, date: '2019-11-22', issuer: null, title: 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương' },
    ]);
    expect(find('Tiếp tục sắp xếp tổ chức bộ máy hành chính theo Luật Tổ chức chính quyền địa phương.').map(brief)).toEqual([
      { kind: 'Luật', number: null, date: null, issuer: null, title: 'Tổ chức chính quyền địa phương' },
    ]);
    expect(find('theo quy định của Luật ban hành văn bản quy phạm pháp luật và các văn bản dưới luật hướng dẫn').map((r) => r.title)).toEqual([
      'ban hành văn bản quy phạm pháp luật',
    ]);
  });

  it('counts mentions, keeps the first source and fills a date a later mention gives', () => {
    const refs = find('theo Nghị định số 24/2014/NĐ-CP quy định …', 'Nghị định số 24/2014/NĐCP ngày 04/4/2014 của Chính phủ', 'theo Nghị định số 24/2014/NĐ-CP');
    expect(refs).toEqual([
      { kind: 'Nghị định', number: '24/2014/NĐ-CP', date: '2014-04-04', issuer: 'Chính phủ', title: null, mentions: 3, source: { line: 1 } },
    ]);
    expect(find('Luật Tổ chức chính quyền địa phương ngày 19/6/2015', 'theo Luật Tổ chức chính quyền địa phương.')).toMatchObject([
      { date: '2015-06-19', mentions: 2 },
    ]);
  });

  it('finds nothing in a mention without a number, a common noun or a header number', () => {
    expect(find(
      'Số: 95/KH-UBND',
      'Ban hành kịp thời các văn bản quy định tại các Luật, Pháp lệnh, Nghị định của Chính Phủ, Thông tư của các bộ, ngành.',
      'đúng trình tự, thủ tục theo quy định của pháp luật; theo Kế hoạch; chấm điểm 13/13 cơ quan',
      '(Ban hành kèm theo Quyết định số /QĐ-UBND ngày / /2023)',
    )).toEqual([]);
  });

  it('reads any text without throwing into valid references', () => {
    const words = fc.constantFrom('Nghị định', 'số', '45/2020/NĐ-CP', 'ngày', '31/02/2024', 'Luật', 'Tổ chức', 'của', 'và', ',', ':', 'Số:', '\n');
    const text = fc.oneof(fc.string(), fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')));
    fc.assert(fc.property(fc.array(text, { maxLength: 3 }), (texts) => {
      for (const r of find(...texts)) referenceSchema.parse(r);
    }));
  });

  it('leaves an impossible date out', () => {
    expect(find('Quyết định số 12/QĐ-UBND ngày 31/02/2024')[0]?.date).toBeNull();
  });
});

describe('extractReferences', () => {
  const position = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } });
  const para = (block: Block, value: string): Para => ({
    index: 0, block, value, source: { line: block.position.start.line }, label: null, zone: 'body',
  });

  it('reads paragraphs and table cells and leaves out the document itself', () => {
    const table: Block = {
      type: 'table',
      position: position(20),
      rows: [{ position: position(21), cells: [{ value: 'Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020', position: position(22) }] }],
    };
    const doc = {
      paras: [
        para({ type: 'paragraph', value: '', position: position(1) }, 'Số: 95/KH-UBND'),
        para({ type: 'paragraph', value: '', position: position(5) }, 'theo Nghị định số 45/2020/NĐ-CP.'),
        para(table, ''),
        para({ type: 'paragraph', value: '', position: position(30) }, '(Kèm theo Kế hoạch số: 95/KH-UBND ngày 31 tháng 12 năm 2020 của UBND tỉnh)'),
      ],
      document: { number: '95/KH-UBND' },
      references: [],
    } as unknown as Working;
    extractReferences(doc, { grammar, report: createReporter(), options: {}, profile: openProfile() });
    expect(doc.references).toEqual([
      { kind: 'Nghị định', number: '45/2020/NĐ-CP', date: '2020-04-08', issuer: 'Chính phủ', title: null, mentions: 2, source: { line: 5 } },
    ]);
  });
});

// The gold annotations of the sample documents, copied into fixtures/references so the test
// stands alone; when the shared corpus is present it is read instead, so the copies cannot drift.
const shared = join(import.meta.dirname, '..', '..', 'shared');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'references');

interface Expected {
  number: string | null;
  references: Pick<Reference, 'kind' | 'number' | 'date' | 'title'>[];
}

function samples(): { name: string; text: string; expected: Expected }[] {
  if (existsSync(join(shared, 'gold'))) {
    return readdirSync(join(shared, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => {
      const name = f.replace('.gold.json', '');
      const gold = JSON.parse(readFileSync(join(shared, 'gold', f), 'utf8'));
      return { name, text: readFileSync(join(shared, 'corpus', 'text', `${name}.txt`), 'utf8'), expected: { number: gold.document.number ?? null, references: gold.references } };
    });
  }
  return readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => {
    const name = f.replace('.txt', '');
    return { name, text: readFileSync(join(fixtures, f), 'utf8'), expected: JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) };
  });
}

/** Lines joined into paragraphs as the loaders join wraps: a line starting lowercase or with a digit continues the one above. */
function paragraphs(text: string) {
  const out: { text: string; source: { line: number } }[] = [];
  text.split('\n').forEach((line, i) => {
    const last = out.at(-1);
    if (last && /^[\p{Ll}\d]/u.test(line) && last.text.trim() !== '|') last.text += ` ${line.trim()}`;
    else if (line.trim()) out.push({ text: line, source: { line: i + 1 } });
  });
  return out;
}

const key = (r: { kind: string; number: string | null; date: string | null; title: string | null }) =>
  r.number ? r.number.replace(/\s/gu, '').toLowerCase() : `${r.kind}|${r.date ?? ''}|${r.title}`.toLowerCase();

describe('findReferences on the sample documents', () => {
  const all = samples();
  it('has the samples', () => expect(all.length).toBeGreaterThan(0));

  it('finds the gold references (recall ≥ 0.95, precision ≥ 0.9)', () => {
    let found = 0, gold = 0, predicted = 0;
    const misses: string[] = [];
    for (const { name, text, expected } of all) {
      const own = expected.number?.replace(/\s/gu, '').toLowerCase();
      // extractReferences leaves out the document's own number the same way
      const keys = new Set(findReferences(paragraphs(text), grammar).map(key).filter((k) => k !== own));
      const goldKeys = new Set(expected.references.map(key));
      for (const k of goldKeys) if (keys.has(k)) found++; else misses.push(`${name}: missed ${k}`);
      for (const k of keys) if (!goldKeys.has(k)) misses.push(`${name}: extra ${k}`);
      gold += goldKeys.size;
      predicted += keys.size;
    }
    const recall = found / gold, precision = found / predicted;
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the fixture copies equal to the shared gold', () => {
    if (!existsSync(join(shared, 'gold'))) return;
    for (const { name, text, expected } of all) {
      const copy: Expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
      expect(copy.references).toEqual(expected.references.map(({ kind, number, date, title }) => ({ kind, number, date, title })));
      expect(readFileSync(join(fixtures, `${name}.txt`), 'utf8')).toBe(text);
    }
  });
});
