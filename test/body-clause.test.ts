import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { bodyClause } from '../src/model/body-clause.js';
import { proseAssignment } from '../src/extractors/tasks.js';

const grammar = loadGrammar();
const clause = (text: string) => bodyClause(text, grammar);

describe('bodyClause', () => {
  it('reads a role line ending in a colon', () => {
    expect(clause('Bộ Nông nghiệp và Môi trường:')).toEqual({ bodies: ['Bộ Nông nghiệp và Môi trường'], rest: '', shape: 'colon', assigning: false });
  });
  it('reads a body, a colon, then its work', () => {
    expect(clause('Phòng Kế hoạch - Tài chính: Tham mưu bố trí kinh phí')).toMatchObject({ bodies: ['Phòng Kế hoạch - Tài chính'], rest: 'Tham mưu bố trí kinh phí', shape: 'colon' });
  });
  it("leaves a scan's speck after a name out of it, and what a duty rests on before it", () => {
    expect(clause('Công an các địa phương h')).toMatchObject({ bodies: ['Công an các địa phương'], shape: 'name' });
    expect(clause('Căn cứ Kế hoạch này, các đơn vị thuộc Bộ Công an chủ động triển khai')).toMatchObject({ bodies: ['các đơn vị thuộc Bộ Công an'], shape: 'subject' });
  });
  it('reads a bare name, and bodies a semicolon separates', () => {
    expect(clause('Sở Nông nghiệp và Môi trường')).toMatchObject({ bodies: ['Sở Nông nghiệp và Môi trường'], shape: 'name' });
    expect(clause('Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ')?.bodies).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ']);
  });
  it('reads "Giao X" and "Đề nghị X" as an assignment to X', () => {
    expect(clause('Giao Sở Nội vụ')).toMatchObject({ bodies: ['Sở Nội vụ'], shape: 'name', assigning: true });
    expect(clause('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố')).toMatchObject({ bodies: ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'], assigning: true });
  });
  it('reads a body that starts its duty with a verb', () => {
    expect(clause('Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông.')).toMatchObject({ bodies: ['Bộ Xây dựng'], rest: 'chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông.', shape: 'subject' });
    expect(clause('Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình.')?.bodies).toEqual(['Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia']);
  });
  it('keeps the members a colon lists after a collective as one body', () => {
    expect(clause('Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị đóng trên địa bàn.')).toMatchObject({ bodies: ['Các Bộ: Quốc phòng, Công an'], shape: 'subject' });
    expect(clause('Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông')).toMatchObject({ bodies: ['Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông'], shape: 'name' });
    expect(clause('Các thôn: Triển khai thực hiện nghiêm túc Kế hoạch này.')).toMatchObject({ bodies: ['Các thôn'], rest: 'Triển khai thực hiện nghiêm túc Kế hoạch này.', shape: 'colon' });
  });
  it('finds no body in work, a figure or a sentence', () => {
    expect(clause('Tăng cường kiểm tra, giám sát việc thực hiện.')).toBeNull();
    expect(clause('100% các cơ quan, đơn vị: UBND huyện thực hiện tốt việc duy trì')).toBeNull();
    expect(clause('Giao thông nông thôn')).toBeNull();
  });
});

describe('who leads, in prose', () => {
  it('"X phối hợp với Y" makes X the lead and Y a coordinator', () => {
    expect(proseAssignment('Sở Tài chính phối hợp với Sở Y tế tham mưu bố trí kinh phí.', grammar)).toEqual({ lead: ['Sở Tài chính'], coordinators: ['Sở Y tế'] });
  });
  it('"Đề nghị X …" and ", giao X …" make X the lead', () => {
    expect(proseAssignment('Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh chỉ đạo tuyên truyền.', grammar).lead).toEqual(['Ủy ban Mặt trận Tổ quốc tỉnh']);
    expect(proseAssignment('Trên cơ sở kết quả thực hiện, giao Sở Y tế thành lập Tổ kiểm tra.', grammar).lead).toEqual(['Sở Y tế']);
  });
  it('a body after a label\'s colon leads: "Mở tài khoản: UBND xã phối hợp với …"', () => {
    expect(proseAssignment('Thực hiện mở tài khoản: Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại tổ chức mở tài khoản.', grammar)).toEqual({ lead: ['Ủy ban nhân dân xã, phường'], coordinators: ['các Ngân hàng thương mại'] });
  });
  it('"Phối hợp với Y" without a subject names only coordinators', () => {
    expect(proseAssignment('Phối hợp với Sở Tư pháp tổ chức phổ biến pháp luật.', grammar)).toEqual({ lead: [], coordinators: ['Sở Tư pháp'] });
  });
});
