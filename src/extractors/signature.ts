/**
 * The signature block after Nơi nhận: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (on behalf),
 * the title "PHÓ CHỦ TỊCH" and the signer's name "Lâm Hải Giang". Scanned and scraped
 * copies put them on one line, or add noise ("Handwritten signature of …", "(Đã ký)").
 */
import type { Stage } from '../model/working.js';
import { rx } from '../grammar/pattern.js';
import { inCapitals, letterCount } from '../cleanse/inline.js';

const PREFIX = /(?:^|\s)((?:TM|KT|Q|TL|TUQ)\.\s*)/gu;
const TRAILING_SPECK = rx('u')`(?:\s+\p{Ll})+\s*$`;
/** A line that opens with an on-behalf prefix: "TM.", "KT.", "Q.", "TL.", "TUQ.". */
export const PREFIX_LINE = /^\s*(?:TM|KT|Q|TL|TUQ)\s*\./u;
// A signing placeholder a portal leaves in brackets ("PHÓ THỦ TƯỚNG [daky]"), or what a text layer kept of it ("y]").
// A footnote's "[1]" stays: it is no placeholder.
const PLACEHOLDER = /\s*\[[a-zA-Z\s]+\]|\s+[a-zA-Z]{1,4}\](?=\s|$)/gu;
const NOISE = /^(?:handwritten|\(?đã ký|ký bởi|\[?signature|chữ ký|signed|\(?ký,|dấu)/iu;
// A person's name: capitalized words, the first possibly a single letter ("H Mai Niê", "Y Ngông").
const NAME = rx('u')`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Ll}]*)(?:\s\p{Lu}[\p{Ll}]+){1,5})\s*$`;
// The first name right after the title in capitals: what follows it (a page's footnotes, the
// gazette's running header "CÔNG BÁO/Số 277") is no part of the block.
const NAME_AFTER_TITLE = rx('u')`(?<=\p{Lu}{2,}\s+)((?:\p{Lu}[\p{Ll}]*)(?:\s\p{Lu}[\p{Ll}]+){1,5})(?![\p{L}\p{N}/])`;
// A military or police rank before the name is not part of it: "Đại tá Nguyễn Văn A".
const RANK = /(?<=^|\s)(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=\p{Lu})/gu;
const NAME_LINE = rx('u')`^(?:\p{Lu}[\p{Ll}]*)(?:\s\p{Lu}[\p{Ll}]+){1,5}$`;

/** Splits "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Hải Giang" into on-behalf lines, title and name. */
export function parseSignature(lines: string[]): { onBehalf: string[]; title: string | null; name: string | null } {
  // A scanner's speck on a line of its own ("š" above "CHỦ TỊCH") is no part of the block.
  // A speck after a line's text (a lone lower-case letter: "Phạm Văn Thật k") goes too.
  const text = lines
    .filter((l) => !NOISE.test(l) && (letterCount(l) > 2 || PREFIX_LINE.test(l)))
    .map((l) => l.replace(TRAILING_SPECK, '').replace(RANK, '').replace(PLACEHOLDER, ''))
    .join(' \n ');
  let name: string | null = null;
  let rest = text;
  const flat = text.replace(/\s*\n\s*/gu, ' ').trim();
  const first = NAME_AFTER_TITLE.exec(flat);
  const last = first ? null : NAME.exec(flat);
  if (first) {
    name = first[1]!;
    const at = text.indexOf(name);
    rest = at >= 0 ? text.slice(0, at) : flat.slice(0, first.index);
  } else if (last) {
    name = last[1]!;
    rest = text.slice(0, text.lastIndexOf(name.split(' ')[0]!));
  }
  const lined = rest.split(PREFIX).map((s) => s.trim()).filter(Boolean);
  const parts = lined.map((s) => s.replace(/\s*\n\s*/gu, ' '));
  const onBehalf: string[] = [];
  let title: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^(?:TM|KT|Q|TL|TUQ)\.$/u.test(part.replace(/\s+/gu, ''))) {
      let body = parts[i + 1] ?? '';
      i++;
      // "TM. CHÍNH PHỦ" over "THỦ TƯỚNG": the line under the last on-behalf line is the title.
      const [own, ...under] = (lined[i] ?? '').split(/\s*\n\s*/u);
      if (i === parts.length - 1 && under.length && under.join(' ') === under.join(' ').toUpperCase() && letterCount(under.join('')) >= 4) {
        title = under.join(' ');
        body = own!;
      }
      // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the deputy's title follows the principal's.
      const deputy = /\s(PHÓ\s.+)$/u.exec(body);
      if (deputy && i === parts.length - 1 && title === null) {
        title = deputy[1]!.trim();
        body = body.slice(0, deputy.index);
      }
      onBehalf.push(`${part.replace(/\s+/gu, '')} ${body}`.trim());
    } else if (part === part.toUpperCase() && letterCount(part) >= 4) title = part;
  }
  if (title === null && onBehalf.length) {
    // "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" run together: the last on-behalf line ends with the title.
    const last = onBehalf[onBehalf.length - 1]!;
    const m = /\s((?:PHÓ\s)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|BÍ THƯ|CHÁNH VĂN PHÒNG))$/u.exec(last);
    if (m && !/^(?:KT|Q)\./u.test(last)) {
      title = m[1]!;
      onBehalf[onBehalf.length - 1] = last.slice(0, m.index);
    }
  }
  return { onBehalf, title, name };
}

export const extractSignature: Stage = (doc) => {
  const region: string[] = [];
  let started = false;
  for (const p of doc.paras) {
    if (p.zone !== 'back') {
      if (started) break;
      continue;
    }
    started = true;
    if (p.role === 'recipients' || !p.value) continue;
    region.push(p.value);
    p.role = 'signature';
    // The signer's name closes the block: what follows it before the next zone (a gazette's
    // running header, an appendix label the zones did not take) is no part of it.
    if (NAME_LINE.test(p.value.trim()) && region.slice(0, -1).some((l) => inCapitals(l))) break;
  }
  if (!region.length) return;
  const sig = parseSignature(region);
  if (sig.title || sig.name) doc.document.signature = sig;
};
