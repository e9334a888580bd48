import type { Grammar } from '../grammar/compile.js';
import { rx } from '../grammar/pattern.js';
/**
 * Sentence case for names typed in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN"
 * → "Chủ tịch Ủy ban nhân dân huyện Bình Sơn", "SỞ NỘI VỤ" → "Sở Nội vụ".
 */

// After a level word the rest is a place name, written in title case.
const LEVEL = new Set(['tỉnh', 'huyện', 'xã', 'quận', 'phường', 'thị trấn', 'thị xã', 'thành phố']);
// Generic bodies: capitalized, but their next word is not a name ("Ủy ban nhân dân").
const GENERIC = new Set(['ủy ban', 'uỷ ban', 'hội đồng', 'văn phòng', 'trung tâm', 'chi cục', 'thanh tra']);
// Units whose next word starts the unit's own name ("Sở Nội vụ", "Phòng Tư pháp").
const UNITS = new Set(['sở', 'phòng', 'bộ', 'ban', 'cục', 'đài', 'báo']);

const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/**
 * Sentence case for an all-caps body or title; mixed-case input is returned as is. With a grammar,
 * the fields it names keep their inner capitals ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo").
 */
export function titleCaseBody(text: string, grammar?: Grammar): string {
  const s = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(rx('gu')`(?<![\p{L}])UBND(?![\p{L}])`, 'ỦY BAN NHÂN DÂN')
    .replace(rx('gu')`(?<![\p{L}])HĐND(?![\p{L}])`, 'HỘI ĐỒNG NHÂN DÂN');
  if (s !== s.toUpperCase()) return s;
  // The grammar's abbreviations spelled out in the same capitals ("TỔ CÔNG TÁC LIÊN NGÀNH TW").
  const words = (grammar ? grammar.agencies.expandAbbreviations(s).toUpperCase() : s).toLowerCase().split(' ');
  const out: string[] = [];
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (place) out.push(cap(w));
    else if (GENERIC.has(two)) {
      out.push(cap(w), words[++i]!);
      continue;
    } else if (UNITS.has(w) && i + 1 < words.length) {
      out.push(cap(w), cap(words[++i]!));
      continue;
    } else out.push(i === 0 ? cap(w) : w);
    if (LEVEL.has(w) || LEVEL.has(`${words[i - 1] ?? ''} ${w}`)) place = true;
  }
  const cased = out.join(' ');
  return grammar ? grammar.agencies.mendPlaces(grammar.agencies.properCase(cased)) : cased;
}
