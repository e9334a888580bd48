import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertTcvn3, convertVni, detectLegacyEncoding, legacyFontEncoding, toUnicode } from '../src/cleanse/legacy-encoding.js';
import { decodeText } from '../src/loaders/decode.js';
import { createReporter } from '../src/model/report.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/encoding/${name}`, import.meta.url)));
const expected = (name: string) => readFileSync(new URL(`../fixtures/encoding/${name}`, import.meta.url), 'utf8');

describe('legacy encodings', () => {
  it('converts TCVN3 (bytes read as Latin-1), capitals for the .VnTimeH fonts', () => {
    expect(convertTcvn3('KÕ ho¹ch c¶i c¸ch hµnh chÝnh')).toBe('Kế hoạch cải cách hành chính');
    expect(convertTcvn3('Tr\u00ad\u00eang')).toBe('Trường');
    expect(convertTcvn3('kÕ ho¹ch', true)).toBe('KẾ HOẠCH');
  });

  it('converts VNI, longest spelling first', () => {
    expect(convertVni('Keá hoaïch caûi caùch haønh chính')).toBe('Kế hoạch cải cách hành chính');
    expect(convertVni('tröôøng ñaïi hoïc; ÑOÂNG')).toBe('trường đại học; ĐÔNG');
  });

  it('names the encoding a font implies', () => {
    expect(legacyFontEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyFontEncoding('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFontEncoding('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(legacyFontEncoding('Times New Roman')).toBeNull();
  });

  it('detects TCVN3 and VNI text, and leaves Unicode and English alone', () => {
    const plain = expected('tcvn3-text/expected.txt');
    expect(detectLegacyEncoding(new TextDecoder('windows-1252').decode(fixture('tcvn3-text/input.txt')))).toBe('tcvn3');
    expect(detectLegacyEncoding(new TextDecoder('windows-1252').decode(fixture('vni-text/input.txt')))).toBe('vni');
    expect(detectLegacyEncoding(plain)).toBeNull();
    expect(detectLegacyEncoding('Café au lait, déjà vu, naïve façade — '.repeat(20))).toBeNull();
  });

  it('composes decomposed (NFD) text and says so', () => {
    const report = createReporter();
    expect(toUnicode('Kế hoạch'.normalize('NFD'), report)).toBe('Kế hoạch');
    expect(report.messages.map((m) => m.code)).toEqual(['encoding/nfd']);
    expect(toUnicode('Kế hoạch', report)).toBe('Kế hoạch');
  });
});

describe('decodeText', () => {
  it('reads a TCVN3 text file as Unicode and reports the conversion', () => {
    const report = createReporter();
    expect(decodeText(fixture('tcvn3-text/input.txt'), report)).toBe(expected('tcvn3-text/expected.txt'));
    expect(report.messages).toEqual([
      { severity: 'info', code: 'encoding/tcvn3', message: 'Converted TCVN3 text to Unicode', source: null },
    ]);
  });

  it('reads a VNI text file as Unicode', () => {
    expect(decodeText(fixture('vni-text/input.txt'))).toBe(expected('vni-text/expected.txt'));
  });

  it('rejects empty files, images and other binary content, each with its reason', () => {
    expect(() => decodeText(new Uint8Array())).toThrow('empty file');
    const noise = Array.from({ length: 200 }, (_, i) => (i * 37) % 256);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]);
    expect(() => decodeText(png)).toThrow('a PNG image, not a document');
    expect(() => decodeText(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...noise]))).toThrow('a JPEG image');
    expect(() => decodeText(new Uint8Array([0x00, 0x01, 0x02, ...noise]))).toThrow('binary content, expected text');
  });
});
