/**
 * Sentence case for names typed in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN"
 * → "Chủ tịch Ủy ban nhân dân huyện Bình Sơn", "SỞ NỘI VỤ" → "Sở Nội vụ".
 */

// After a level word the rest is a place name, written in title case.
const LEVEL = /^(?:tỉnh|huyện|xã|quận|phường|thị trấn|thị xã|thành phố)$/u;
// Nouns that open a body's name and are capitalized where they stand.
const HEADS = ['ủy ban', 'uỷ ban', 'hội đồng', 'sở', 'phòng', 'bộ', 'ban', 'văn phòng', 'trung tâm', 'chi cục', 'cục', 'thanh tra', 'đài', 'báo'];

const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/** Sentence case for an all-caps body or title; mixed-case input is returned as is. */
export function titleCaseBody(text: string): string {
  const s = text.replace(/\s+/gu, ' ').trim();
  if (s !== s.toUpperCase()) return s;
  const words = s.toLowerCase().split(' ');
  const out: string[] = [];
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (place) out.push(cap(w));
    else if (i === 0) out.push(cap(w));
    else if (HEADS.includes(two) && i > 0) {
      out.push(cap(w), words[i + 1]!);
      i++;
      continue;
    } else if (HEADS.includes(w) && i > 0) out.push(cap(w));
    else out.push(w);
    if (LEVEL.test(w) || LEVEL.test(`${words[i - 1] ?? ''} ${w}`)) place = true;
    // "Sở nội vụ" → "Sở Nội vụ": the word after a unit noun starts the unit's own name.
    const prev = words[i - 1];
    if (prev && ['sở', 'phòng', 'bộ', 'ban', 'cục'].includes(prev) && i - 1 === out.length - 2) out[out.length - 1] = cap(w);
  }
  return out.join(' ');
}
