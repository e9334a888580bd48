/**
 * The document profile: the kind of every document from its tên loại and ký hiệu, no tasks from a text that lays
 * down norms or from a page that is no administrative document, every task from a decision that carries a plan.
 * fixtures/document-profiles/ holds real gazette PDFs (and one consolidation's text) and scraped web pages,
 * each with its expected kind and task count in expected.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../src/pipeline.js';
import { symbolCode } from '../src/extractors/profile.js';
import { cli } from './helpers/cli.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'document-profiles');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { kind: string | null; tasks: number; issuer?: string }>;

const text = (name: string, body: string) => extractBytes({ name, bytes: new TextEncoder().encode(body) }, { ocr: 'never' });

describe('real documents and pages', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.kind ?? 'no document'}, ${want.tasks} tasks`, { timeout: 60_000 }, async () => {
      const r = await extractFile(join(DIR, name), { ocr: 'never' });
      expect(r.document.kind).toBe(want.kind);
      expect(r.tasks).toHaveLength(want.tasks);
      // The gazette's section line and its filing under the issuer's name ("VĂN BẢN QUY PHẠM PHÁP LUẬT" / "BỘ …") are not the issuer's.
      if (want.issuer) expect(r.document.issuer).toBe(want.issuer);
      const codes = r.diagnostics.map((d) => d.code);
      if (want.kind === null) {
        expect(r.targets).toEqual([]);
        // No document, so no issuer and no trích yếu: a calendar page's "| cn | t2 | …" row is neither.
        expect(r.document).toMatchObject({ issuer: null, title: null });
        expect(codes.filter((c) => c === 'profile/not-a-document')).toHaveLength(1);
      } else expect(codes).toContain('profile/normative');
    });
  }
});

describe('symbolCode', () => {
  it('reads the kind code of a ký hiệu', () => {
    expect(symbolCode('2026/NĐ-CP')).toBe('NĐ');
    expect(symbolCode('2025/QH15')).toBe('QH');
    expect(symbolCode('UBTVQH14')).toBe('UBTVQH');
    expect(symbolCode('VBHN-BTC')).toBe('VBHN');
    expect(symbolCode('TTLT-VKSNDTC-TANDTC')).toBe('TTLT');
    expect(symbolCode('KH-UBND')).toBe('KH');
    expect(symbolCode('UBND-VP')).toBe('UBND');
  });
});

const DECREE = `CHÍNH PHỦ
Số: 121/2026/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 4 năm 2026

NGHỊ ĐỊNH
Quy định về thành lập, tổ chức lại, giải thể tổ chức hành chính

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về nguyên tắc, điều kiện, trình tự, thủ tục thành lập tổ chức hành chính.

Điều 2. Đối tượng áp dụng

1. Các tổ chức hành chính của bộ, cơ quan ngang bộ, gồm:

a) Văn phòng, thanh tra, vụ, cục và tổ chức tương đương thuộc cơ cấu tổ chức của bộ;

b) Phòng thuộc cơ cấu tổ chức của văn phòng, thanh tra, vụ;

2. Các tổ chức hành chính ở tỉnh, thành phố trực thuộc trung ương.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Trách nhiệm thi hành

1. Bộ Nội vụ:

a) Hướng dẫn, kiểm tra việc thực hiện Nghị định này;

b) Tổng hợp, báo cáo Chính phủ kết quả thực hiện.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Phạm Minh Chính
`;

describe('a decree', () => {
  it('has its kind from the tên loại, its articles with their khoản and điểm, an outline, responsibilities and no tasks', async () => {
    const r = await text('nd.txt', DECREE);
    expect(r.document).toMatchObject({ kind: 'nghi-dinh', kindLabel: 'Nghị định', number: '121/2026/NĐ-CP' });
    expect(r.document.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(r.document.articles[1]!.text).toBe(
      'Đối tượng áp dụng 1. Các tổ chức hành chính của bộ, cơ quan ngang bộ, gồm: a) Văn phòng, thanh tra, vụ, cục và tổ chức tương đương thuộc cơ cấu tổ chức của bộ; b) Phòng thuộc cơ cấu tổ chức của văn phòng, thanh tra, vụ; 2. Các tổ chức hành chính ở tỉnh, thành phố trực thuộc trung ương.',
    );
    expect(r.outline.map((o) => [o.label, o.title])).toEqual([['Chương I', 'NHỮNG QUY ĐỊNH CHUNG'], ['Chương II', 'TỔ CHỨC THỰC HIỆN']]);
    expect(r.outline[1]!.children.map((o) => o.title)).toEqual(['Trách nhiệm thi hành']);
    expect(r.responsibilities.map((x) => x.agency)).toEqual(['Bộ Nội vụ']);
    expect(r.tasks).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'profile/normative', severity: 'info', message: expect.stringContaining('nghị định') }));
  });

  it('has its kind from the ký hiệu when no tên loại line is read', async () => {
    const r = await text('nd.txt', DECREE.replace('NGHỊ ĐỊNH\n', ''));
    expect(r.document.kind).toBe('nghi-dinh');
    expect(r.tasks).toEqual([]);
    const law = await text('luat.txt', DECREE.replace('NGHỊ ĐỊNH\n', '').replace('121/2026/NĐ-CP', '63/2025/QH15'));
    expect(law.document).toMatchObject({ kind: 'luat', kindLabel: 'Luật' });
  });
});

describe('decisions', () => {
  const decision = (number: string, title: string, article1: string) => `ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: ${number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đồng Nai, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH
${title}

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. ${article1}

1. Sở Tư pháp chủ trì xây dựng quy trình nội bộ, hoàn thành trong quý I năm 2026.

2. Sở Nội vụ chủ trì rà soát biên chế, hoàn thành trong quý II năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Tấn Đức
`;

  it('a legal normative one (its number carries its year) gives no tasks and says why', async () => {
    const r = await text('qd.txt', decision('63/2025/QĐ-UBND', 'Phân cấp cho Sở Tư pháp', 'Nội dung phân cấp'));
    expect(r.document.kind).toBe('quyet-dinh');
    expect(r.tasks).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'profile/normative')?.message).toContain('63/2025/QĐ-UBND');
  });

  it('one issuing a plan is not read as norms, even numbered as a legal normative text', async () => {
    const r = await text('qd.txt', decision('15/2025/QĐ-UBND', 'Ban hành Kế hoạch cải cách hành chính năm 2026', 'Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.'));
    expect(r.document.kind).toBe('quyet-dinh');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('profile/normative');
  });

  it('one issuing a quy chế gives no tasks', async () => {
    const r = await text('qd.txt', decision('12/QĐ-UBND', 'Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh', 'Ban hành kèm theo Quyết định này Quy chế làm việc.'));
    expect(r.tasks).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === 'profile/normative')?.message).toContain('issues a quy chế');
  });
});

describe('a text that is no administrative document', () => {
  const NEWS = `Chính thức thông qua Luật Dân số

Quốc hội đã biểu quyết thông qua Luật Dân số.

Một số nội dung chính của dự thảo:

- Thứ nhất, Bộ Y tế chủ trì, phối hợp với các bộ xây dựng chính sách duy trì mức sinh thay thế.

- Thứ hai, tổ chức triển khai các biện pháp nâng cao chất lượng dân số trong năm 2026.
`;

  it('has kind null, no tasks or targets, and one warning', async () => {
    const r = await text('news.md', NEWS);
    expect(r.document.kind).toBeNull();
    expect(r.tasks).toEqual([]);
    expect(r.targets).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([expect.objectContaining({ code: 'profile/not-a-document' })]);
  });

  it('exits 0, and 1 under --strict', async () => {
    const page = join(DIR, '26efb5019383a19f.md');
    expect((await cli(['extract', page])).code).toBe(0);
    expect((await cli(['extract', '--strict', page])).code).toBe(1);
  });
});
