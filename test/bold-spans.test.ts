import { describe, expect, it } from 'vitest';
import { loadGrammar } from '../src/grammar/compile.js';
import { scanText } from '../src/loaders/lines.js';
import type { Paragraph } from '../src/model/blocks.js';

const grammar = loadGrammar();
const paragraphs = (text: string) =>
  scanText(text, { grammar, markdown: true }).filter((b): b is Paragraph => b.type === 'paragraph').map((b) => ({ value: b.value, strong: !!b.strong }));

describe('bold spans broken over lines', () => {
  it('joins a numbered body name whose bold the scrape broke after its label', () => {
    expect(paragraphs('**1.\nSở Nông nghiệp và Môi trường**\n\n- Chủ trì, theo dõi việc thực hiện.')).toEqual([
      { value: '1. Sở Nông nghiệp và Môi trường', strong: true },
      { value: '- Chủ trì, theo dõi việc thực hiện.', strong: false },
    ]);
  });
  it('joins a label closed and reopened on its line ("**1.****") to the text on the next', () => {
    expect(paragraphs('**1.****\nSở Y tế**\na) Chủ trì tổ chức.')).toEqual([
      { value: '1. Sở Y tế', strong: true },
      { value: 'a) Chủ trì tổ chức.', strong: false },
    ]);
  });
  it('keeps several bold pieces of one body line one strong paragraph', () => {
    const text = '**2. Giao người đứng đầu các\ncơ quan chuyên môn,** **các đơn vị sự nghiệp; Chủ tịch** **Ủy ban nhân dân các xã, phường\nvà đặc khu**\n- Tiếp tục triển khai.';
    expect(paragraphs(text)[0]).toEqual({ value: '2. Giao người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu', strong: true });
  });
  it('joins an italic sub-heading broken after its label, and leaves a "* " bullet alone', () => {
    expect(paragraphs('*3.1.\nThương mại*\n\nPhát triển mạnh mẽ thương mại điện tử.').map((p) => p.value)).toEqual(['3.1. Thương mại', 'Phát triển mạnh mẽ thương mại điện tử.']);
    expect(paragraphs('* Dân số: 19.953 người\n* Diện tích: 120 km2').map((p) => p.value)).toEqual(['* Dân số: 19.953 người', '* Diện tích: 120 km2']);
  });
  it('does not carry a span over a blank line', () => {
    expect(paragraphs('**Ghi chú\n\nNội dung thường.').map((p) => p.value)).toEqual(['Ghi chú', 'Nội dung thường.']);
  });
});
