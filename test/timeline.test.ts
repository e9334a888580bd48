import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { deadlinePhrase, normalizeTimeline } from '../src/normalizers/timeline.js';
import { timelineSchema } from '../src/schema/output.js';

const grammar = loadGrammar();
const read = (text: string, year: number | null = 2024) => normalizeTimeline(text, { year, grammar });

// [plan year, timeline as written, expected end] from the gold annotations
const gold: [number, string, string | null][] = [
  [2024, 'Ban hành kế hoạch trong quý I năm 2024, báo cáo kết quả thực hiện trước ngày 30/10/2024.', '2024-10-30'],
  [2024, 'Quyết định công bố chậm nhất ngày 01/3/2024; Báo cáo kết quả hệ thống hóa chậm nhất ngày 20/02/2024.', '2024-03-01'],
  [2024, 'Quý I năm 2024 ban hành kế hoạch và triển khai trong năm; Báo cáo kết quả thực hiện trước 30/10/2024.', '2024-12-31'],
  [2024, 'Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo kết quả thực hiện theo quy định.', '2024-03-31'],
  [2024, 'Quý I năm 2024, ban hành kế hoạch kiểm tra; tổ chức kiểm tra theo kế hoạch, kiểm tra đột xuất trong năm 2024.', '2024-12-31'],
  [2024, 'Theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh đối với các nhiệm vụ được giao thực hiện trong năm 2024.', '2024-12-31'],
  [2024, 'Thường xuyên trong năm, theo Kế hoạch rà soát, đơn giản hóa TTHC nội bộ trong hệ thống cơ quan hành chính nhà nước giai đoạn 2022 - 2025 trên địa bàn tỉnh ban hành kèm theo Quyết định số 1648/QĐ-UBND ngày 30/11/2022 của Chủ tịch UBND tỉnh.', '2024-12-31'],
  [2024, 'Thường xuyên trong năm, theo Kế hoạch rà soát … ban hành kèm theo Quyết định số 1648/QĐ-UBND ngày 30/11/2022 của Chủ tịch UBND tỉnh.', '2024-12-31'],
  [2024, 'Thường xuyên trong năm; báo cáo kết quả thực hiện trước ngày 30/10/2024.', '2024-12-31'],
  [2024, 'Định kỳ hàng tháng trong năm.', '2024-12-31'],
  [2024, 'Tháng 12 năm 2024.', '2024-12-31'],
  [2024, 'Quý III, năm 2024.', '2024-09-30'],
  [2024, 'Hoàn thành chậm nhất đến ngày 30/10/2024.', '2024-10-30'],
  [2024, 'Sau khi có văn bản của cấp trên.', null],
  [2021, 'Ban hành Kế hoạch: Quý I; Thực hiện: Quý II, III.', '2021-09-30'],
  [2021, 'Ban hành kế hoạch: Quý III; Thực hiện: Quý IV', '2021-12-31'],
  [2021, 'Cả năm (Sau khi có Thông tư hướng dẫn của Bộ, ngành Trung ương)', '2021-12-31'],
  [2021, 'Tháng 01', '2021-01-31'],
  [2021, 'Thường xuyên', null],
  [2021, 'Trước ngày 15/3/2021', '2021-03-15'],
  [2023, 'Tổ chức thực hiện: thường xuyên; Báo cáo kết quả thực hiện: định kỳ hàng quý', null],
  [2023, 'Báo cáo định kỳ 6 tháng, năm', null],
  [2023, 'Kế hoạch CCHC 2023 của các cơ quan, đơn vị: trước 06/01/2023; Báo cáo kết quả thực hiện: định kỳ hàng quý, 6 tháng, 9 tháng, năm hoặc đột xuất theo quy định.', '2023-01-06'],
  [2023, 'Xây dựng Kế hoạch: tháng 11/2022; Báo cáo kết quả thực hiện: tháng 11/2023', '2023-11-30'],
  [2023, 'Quý IV/ 2023', '2023-12-31'],
  [2023, 'Kế hoạch: hàng năm; Báo cáo kết quả: ngay sau khi kết thúc kỳ thi theo quy định', null],
  [2023, 'Thường xuyên trong năm', '2023-12-31'],
];
describe('normalizeTimeline: gold ends', () => {
  it.each(gold)('[%i] %s → %s', (year, text, end) => {
    expect(read(text, year).end).toBe(end);
  });
});

describe('normalizeTimeline', () => {
  it('splits clauses at a comma that starts a new dated clause', () => {
    expect(read('Ban hành kế hoạch trong quý I năm 2024, báo cáo kết quả thực hiện trước ngày 30/10/2024.')).toEqual({
      text: 'Ban hành kế hoạch trong quý I năm 2024, báo cáo kết quả thực hiện trước ngày 30/10/2024.',
      start: '2024-01-01',
      end: '2024-10-30',
      recurrence: null,
      milestones: [
        { text: 'Ban hành kế hoạch trong quý I năm 2024', end: '2024-03-31' },
        { text: 'báo cáo kết quả thực hiện trước ngày 30/10/2024', end: '2024-10-30' },
      ],
    });
  });

  it('keeps a comma inside one dated phrase', () => {
    expect(read('Quý III, năm 2024.').milestones).toEqual([]);
    expect(read('Quý I năm 2024, ban hành kế hoạch kiểm tra').milestones).toEqual([]);
  });

  it('splits bullet lines, each with its own end', () => {
    const t = read('- Ban hành kế hoạch: Quý I\n- Thực hiện: Cả năm', 2022);
    expect(t.milestones).toEqual([
      { text: 'Ban hành kế hoạch: Quý I', end: '2022-03-31' },
      { text: 'Thực hiện: Cả năm', end: '2022-12-31' },
    ]);
    expect([t.start, t.end, t.recurrence]).toEqual(['2022-01-01', '2022-12-31', 'continuous']);
  });

  it('reads a day and month of the plan year, a range of months with one year, and a year alone', () => {
    expect(read('Trước 30/6', 2025)).toMatchObject({ start: null, end: '2025-06-30' });
    expect(read('Chậm nhất 15/3', 2025).end).toBe('2025-03-15');
    expect(read('Tháng 01-02/2025')).toMatchObject({ start: '2025-01-01', end: '2025-02-28' });
    expect(read('Tháng 3, 6, 9/2025')).toMatchObject({ start: '2025-03-01', end: '2025-09-30' });
    expect(read('2025')).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    // A year inside other words is no deadline on its own.
    expect(read('Theo Đề án 2025 của tỉnh').end).toBeNull();
  });

  it('reads a whole year', () => {
    expect(read('Thường xuyên trong năm 2024', 2023)).toMatchObject({ start: '2024-01-01', end: '2024-12-31', recurrence: 'continuous' });
    expect(read('Trong năm 2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31', recurrence: null });
    expect(read('Năm 2025')).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(read('Cả năm và theo Thông tư của Bộ Nội vụ', 2021)).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads the halves of a year', () => {
    expect(read('6 tháng đầu năm')).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
    expect(read('6 tháng cuối năm 2025')).toMatchObject({ start: '2025-07-01', end: '2025-12-31' });
  });

  it('reads dates written several ways', () => {
    expect(read('ngày 31 tháng 12 năm 2020').end).toBe('2020-12-31');
    expect(read('trước 15/11/2023').end).toBe('2023-11-15');
    expect(read('Trước 10/12/2023').end).toBe('2023-12-10');
    expect(read('Trước ngày 31/12/2025').end).toBe('2025-12-31');
    expect(read('chậm nhất ngày 15/3').end).toBe('2024-03-15');
    expect(read('Trước ngày 15/3/2021').start).toBeNull();
  });

  it('reads quarters and months written several ways', () => {
    expect(read('quý I/2023')).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
    expect(read('Quý 2/2025')).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    expect(read('Quý I và II năm 2025').end).toBe('2025-06-30');
    expect(read('Tháng 01 năm 2024')).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
    expect(read('tháng 1/2023').end).toBe('2023-01-31');
    expect(read('Tháng 2', 2024).end).toBe('2024-02-29');
    // Months of every year name no one date (the contract's recurrence rule; gold of a provincial CCHC plan: 'trong tháng 01 hằng năm' → null).
    expect(read('tháng 6 và tháng 12 hằng năm')).toMatchObject({ start: null, end: null, recurrence: 'annual' });
  });

  it('reads a multi-year period', () => {
    expect(read('giai đoạn 2021 - 2025')).toMatchObject({ start: '2021-01-01', end: '2025-12-31' });
    expect(read('Giai đoạn 2021–2025')).toMatchObject({ start: '2021-01-01', end: '2025-12-31' });
    // a range beside a nearer date is a cited plan's title
    expect(read('Quý II năm 2024, theo Kế hoạch giai đoạn 2021 - 2025').end).toBe('2024-06-30');
  });

  it('keeps an open end at the last date named', () => {
    expect(read('Quý IV năm 2025 và các năm tiếp theo')).toMatchObject({
      start: '2025-10-01', end: '2025-12-31', recurrence: 'continuous',
    });
    expect(read('Từ quý II/2027')).toMatchObject({ start: '2027-04-01', end: null, recurrence: 'continuous' });
    expect(read('từ năm 2025 trở đi')).toMatchObject({ start: '2025-01-01', end: null, recurrence: 'continuous' });
    expect(read('Từ ngày 01/3/2024 đến ngày 30/6/2024')).toMatchObject({ start: '2024-03-01', end: '2024-06-30', recurrence: null });
  });

  it('reads a date whose year a scan split at its last digit', () => {
    expect(read('Trước 15/11/202 3')).toMatchObject({ end: '2023-11-15' });
  });

  it('reads "Từ … đến …" as a range with its end, not an open end', () => {
    expect(read('Từ tháng 3 đến tháng 6/2025')).toMatchObject({ start: '2025-03-01', end: '2025-06-30', recurrence: null });
    expect(read('Từ quý I đến quý III/2025')).toMatchObject({ start: '2025-01-01', end: '2025-09-30', recurrence: null });
  });

  it('names a recurrence without a period and leaves the dates open', () => {
    expect(read('Thường xuyên')).toMatchObject({ start: null, end: null, recurrence: 'continuous' });
    expect(read('định kỳ hàng quý')).toMatchObject({ start: null, end: null, recurrence: 'quarterly' });
    expect(read('hàng năm')).toMatchObject({ start: null, end: null, recurrence: 'annual' });
    expect(read('Báo cáo định kỳ 6 tháng, năm').recurrence).toBe('semiannual');
    // the first recurrence in time.yaml's order wins
    expect(read('Tổ chức thực hiện: thường xuyên; Báo cáo kết quả thực hiện: định kỳ hàng quý').recurrence).toBe('quarterly');
  });

  it('finds no date in a timeline that names none', () => {
    for (const text of ['Theo Kế hoạch', 'Sau khi có văn bản của cấp trên.', 'Theo quy định của Chính phủ về chế độ báo cáo']) {
      expect(read(text)).toMatchObject({ start: null, end: null, recurrence: null, milestones: [] });
    }
  });

  it('fills a year left out from the plan, and leaves it open without one', () => {
    expect(read('Quý I', 2021).end).toBe('2021-03-31');
    expect(read('Quý I', null).end).toBeNull();
    expect(read('Cả năm', null)).toMatchObject({ start: null, end: null, recurrence: 'continuous' });
  });

  it('reports a date that is not on the calendar and treats it as no date', () => {
    const messages: string[] = [];
    const t = normalizeTimeline('Trước ngày 31/02/2024', { year: 2024, grammar }, (m) => messages.push(m));
    expect(t.end).toBeNull();
    expect(messages).toEqual(['Unexpected deadline "31/02/2024", expected a calendar date']);
  });

  it('trims the text it keeps', () => {
    expect(read('  Quý IV/ 2023 \n').text).toBe('Quý IV/ 2023');
  });

  it('reads any text without throwing into a valid timeline', () => {
    const words = fc.constantFrom('Quý', 'IV', 'tháng', 'năm', 'ngày', '2024', '31/02/2024', '12', ',', ';', '-', '\n', 'từ', 'Thường xuyên', 'trong năm', 'số 5/KH-UBND');
    const text = fc.oneof(fc.string(), fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')));
    fc.assert(fc.property(text, fc.option(fc.integer({ min: 1990, max: 2100 })), (s, year) => {
      timelineSchema.parse(normalizeTimeline(s, { year, grammar }));
    }));
  });
});

describe('years and periods of real plans', () => {
  it('reads bare years, spans and open ends', () => {
    expect(read('2026', 2025)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(read('Năm 2026', 2025)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(read('2026 - 2030', 2025)).toMatchObject({ start: '2026-01-01', end: '2030-12-31' });
    expect(read('Giai đoạn 2026-2030', 2025)).toMatchObject({ start: '2026-01-01', end: '2030-12-31' });
    expect(read('năm 2026 - 2027.', 2025)).toMatchObject({ start: '2026-01-01', end: '2027-12-31' });
    expect(read('Năm 2025 và các năm tiếp theo.', 2025)).toMatchObject({ end: '2025-12-31', recurrence: 'continuous' });
    expect(read('2026 và hằng năm', 2026)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('gives no date to a day or month of every year or of a year counted from another', () => {
    expect(read('Ban hành kế hoạch trong tháng 01 hằng năm và tổ chức thực hiện.', 2026)).toMatchObject({ start: null, end: null, recurrence: 'annual' });
    expect(read('Trước ngày 31/01 năm liền kề', 2026)).toMatchObject({ start: null, end: null });
    expect(read('Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề', 2026).end).toBeNull();
    expect(read('Tháng 12 năm 2024.').end).toBe('2024-12-31');
  });
});

describe('deadlinePhrase', () => {
  const phrase = (text: string) => deadlinePhrase(text, grammar);
  it('finds a deadline written in a task\'s sentence (real lines)', () => {
    expect(phrase('Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh, phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện.')).toBe('đến năm 2030');
    expect(phrase('hoàn thành 100% việc cập nhật lý lịch cán bộ, công chức, viên chức và đảm bảo đồng bộ dữ liệu vào Cơ sở dữ liệu quốc gia trước ngày 06 tháng 12 năm 2025. Tăng cường cập nhật')).toBe('trước ngày 06 tháng 12 năm 2025');
    expect(phrase('Đến năm 2030, 100% các khu vực bảo vệ nguồn lợi thủy sản được xác định và quản lý hiệu quả.')).toBe('Đến năm 2030');
    expect(phrase('Xây dựng quy chế phối hợp, ban hành trong quý II/2026')).toBe('trong quý II/2026');
  });

  it('finds none in frequencies, horizons, cited titles and dates', () => {
    expect(phrase('Định kỳ hằng tháng kiểm tra, đôn đốc; thường xuyên kiểm tra, báo cáo kịp thời.')).toBeNull();
    expect(phrase('Tổ chức triển khai Kế hoạch phát triển Chính quyền điện tử hướng tới Chính quyền số huyện Ba Tơ đến năm 2025, định hướng đến năm 2030 đã được phê duyệt.')).toBeNull();
    expect(phrase('Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng: Đề án phát triển bền vững du lịch, dịch vụ biển và hải đảo Việt Nam đến năm 2030; Điều tra tổng thể')).toBeNull();
    expect(phrase('Tổ chức sơ kết, tổng kết các chương trình về công tác dân số và phát triển giai đoạn đến năm 2030;')).toBeNull();
    expect(phrase('Trên cơ sở nhiệm vụ UBND tỉnh, UBND huyện giao cho UBND xã trong năm 2023; trực tiếp theo dõi')).toBeNull();
  });

  it('keeps a deadline in a clause after a cited plan', () => {
    expect(phrase('Tiếp tục triển khai thực hiện Kế hoạch 310/KH-UBND ngày 21/8/2024 của Ủy ban nhân dân tỉnh về phát triển nuôi trồng thủy sản trên biển tỉnh đến năm 2030; phối hợp với Ủy ban nhân dân 04 xã thành lập mới khu bảo vệ nguồn lợi thủy sản, phục hồi hệ sinh thái biển đến năm 2030.')).toBe('đến năm 2030');
  });
});
