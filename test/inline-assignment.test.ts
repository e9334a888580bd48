// Assignments an item writes into its own line: prose leads in a later clause, "Label: value"
// fields after the statement or in parentheses, and deadlines in prose.
import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { inlineFields, proseAssignment, proseDeadline } from '../src/extractors/tasks.js';

const grammar = loadGrammar();

describe('prose assignment', () => {
  it('reads the lead at the start, in parentheses, and after "Giao"', () => {
    expect(proseAssignment('Phòng Tư pháp chủ trì, phối hợp với các cơ quan có liên quan xây dựng kế hoạch', grammar))
      .toEqual({ lead: ['Phòng Tư pháp'], coordinators: ['các cơ quan có liên quan'] });
    expect(proseAssignment('Xây dựng Quy chế (Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh; thời gian: Quý II/2025).', grammar))
      .toEqual({ lead: ['Sở Nội vụ'], coordinators: ['Văn phòng UBND tỉnh'] });
    expect(proseAssignment('Rà soát các quy định. Giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan thực hiện.', grammar))
      .toEqual({ lead: ['Sở Tư pháp'], coordinators: ['các sở, ngành liên quan'] });
    expect(proseAssignment('Sở Tài chính chủ trì, phối hợp với Sở Nội vụ)', grammar).coordinators).toEqual(['Sở Nội vụ']);
  });

  it('names nobody where no body stands before "chủ trì"', () => {
    expect(proseAssignment('Nâng cao vai trò chủ trì của người đứng đầu; tăng cường kiểm tra', grammar)).toEqual({ lead: [], coordinators: [] });
  });
});

describe('fields in an item\'s own line', () => {
  it('reads labelled values after the statement, up to the next label', () => {
    expect(inlineFields('Nâng cấp mạng đến cấp xã. Đơn vị thực hiện: Sở A; Sở B; thời gian thực hiện: năm 2025.', grammar)).toEqual([
      { key: 'lead', label: 'Đơn vị thực hiện', value: 'Sở A; Sở B' },
      { key: 'timeline', label: 'thời gian thực hiện', value: 'năm 2025' },
    ]);
    expect(inlineFields('Xây dựng Quy chế (Sở Nội vụ chủ trì; thời gian hoàn thành: Quý II/2025).', grammar)).toEqual([
      { key: 'timeline', label: 'thời gian hoàn thành', value: 'Quý II/2025' },
    ]);
  });

  it('reads no field from a line that is one, nor from labels the grammar does not know', () => {
    expect(inlineFields('Cơ quan chủ trì: Phòng Tư pháp', grammar)).toEqual([]);
    expect(inlineFields('Tuyên truyền các nội dung sau: Luật Đất đai, Luật Nhà ở', grammar)).toEqual([]);
  });

  it('reads a deadline stated in a clause, not a date the statement cites', () => {
    expect(proseDeadline('Rà soát các quy định; hoàn thành trước ngày 30/6/2025.', grammar)).toBe('hoàn thành trước ngày 30/6/2025');
    expect(proseDeadline('Triển khai Kế hoạch (thời gian hoàn thành trong Quý II/2025)', grammar)).toBe('thời gian hoàn thành trong Quý II/2025');
    expect(proseDeadline('Triển khai Kế hoạch số 12/KH-UBND ngày 30/6/2025 của UBND tỉnh', grammar)).toBeNull();
    expect(proseDeadline('Thực hiện, hoàn thành nhiệm vụ được giao', grammar)).toBeNull();
  });
});
