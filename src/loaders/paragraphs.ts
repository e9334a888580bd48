/**
 * Joins the pieces of lines into paragraphs: wrapped lines (hard wraps, scraped
 * first-line indents, capitals wrapped over lines, a break after "và") join;
 * labels, field lines, header lines and laid-out columns start anew.
 */
import { headerPatterns, isKindLabel, type Grammar } from '../grammar/compile.js';
import type { Block, Paragraph } from '../model/blocks.js';
import { matchLabel, isBullet, opensItem } from '../model/labels.js';
import { spanOf, type Line } from './source-lines.js';
import { rx } from '../grammar/pattern.js';
import { inCapitals, lastWord } from '../cleanse/inline.js';
import { ownString } from '../model/own-string.js';
import { endsOnUnitNoun } from '../normalizers/agencies.js';

/** A line that ends a sentence or a clause (closing quotes and brackets allowed after the mark). */
export const TERMINAL = /[.;:!?…]["'”’)\]]*$/u;
const RULE = /^[\s\-_=*.·•~|#]{3,}$/u;
// A section's title is a few words ("II. Nhiệm vụ cụ thể trong thời gian đến"); a longer line is a sentence.
const HEADING_WORDS = 12;

export interface Piece {
  value: string;
  line: Line;
  column: number;
  strong: boolean;
  /** Inside a short run of lines between two "|" lines: one cell, whose lines all join. */
  inCell?: boolean;
  /** The next non-blank line's text, for the short-first-line test of hard-wrapped text. */
  following?: string;
  /** Carries on a bold span the line before left open ("**1." + "Sở Nông nghiệp …**"): always joined to it. */
  continuesBold?: boolean;
  /** One of several columns of a laid-out line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …"): never joined. */
  laidOut?: boolean;
}

/** Collects pieces into paragraph blocks, in order, with other blocks pushed between them. */
export class ParagraphAssembler {
  readonly blocks: Block[] = [];
  private cur: { pieces: Piece[] } | null = null;
  private blankSince = false;
  private readonly headerStarts: RegExp[];
  private readonly basisStarts: RegExp[];

  private readonly wrapWidth: number;
  private readonly hardWrapped: boolean;
  private readonly wrapIndent: number | null;

  constructor(
    private readonly grammar: Grammar,
    stats: WrapStats,
  ) {
    this.wrapWidth = stats.width;
    this.hardWrapped = stats.hardWrapped;
    this.wrapIndent = stats.wrapIndent;
    this.headerStarts = (['article', 'recipients', 'signaturePrefix', 'legalBasis', 'proposal', 'appendix', 'attachmentNote'] as const)
      .flatMap((n) => headerPatterns(grammar, n));
    this.basisStarts = [...headerPatterns(grammar, 'legalBasis'), ...headerPatterns(grammar, 'proposal')];
  }

  private startsBlock(v: string): boolean {
    if (opensItem(v, this.grammar)) return true;
    if (this.headerStarts.some((re) => re.test(v))) return true;
    const field = /^([^:]{2,60}):/u.exec(v);
    return !!field && this.grammar.fields.some((f) => f.re.test(field[1]!.trim()));
  }

  /** "II. CHỈ" — a heading the scrape broke after its first words — but not a whole short title ("a) Chỉ tiêu"). */
  private isShortLabelLine(v: string): boolean {
    const m = matchLabel(v, this.grammar);
    if (!m || isBullet(m.scheme) || m.rest.split(' ').length > 2 || TERMINAL.test(v)) return false;
    return !this.grammar.sections.some((s) => s.re.test(m.rest) && m.rest.length <= 20);
  }

  /** A line that ends on a cited document's kind ("… của Luật"), its name to come on the next. */
  private endsOnCitedKind(v: string): boolean {
    return !TERMINAL.test(v) && this.grammar.kinds.some((k) => v.endsWith(` ${k.label}`));
  }

  /** A numbered title that names a section: short, no clause of a sentence in it. */
  private isSectionHeading(v: string): boolean {
    const m = matchLabel(v, this.grammar);
    return !!m && !isBullet(m.scheme) && m.rest.split(' ').length <= HEADING_WORDS && !/[;,.]/u.test(m.rest) && this.grammar.sections.some((s) => s.re.test(m.rest));
  }

  private joins(cur: Piece[], p: Piece, blank: boolean): boolean {
    const prev = cur[cur.length - 1]!.value;
    const next = p.value;
    const bulletLower = rx('u')`^[-–+]\s*\p{Ll}`.test(next);
    // An opened parenthesis ("(Có") carries on until it closes. Only short paragraphs are joined
    // here, so long ones are never re-joined line after line.
    if (!blank && cur.length < 5) {
      const text = cur.map((c) => c.value).join(' ');
      if ((text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0)) return true;
    }
    const lower = rx('u')`^(?:[-–+]\s*)?\p{Ll}`.test(next);
    const nonFinal = this.grammar.nonFinalWords.has(lastWord(prev)) && !TERMINAL.test(prev);
    // Across a blank line only a sentence cut short carries on: most lines are ruled out here, before the tests below.
    if (blank && !((lower && !/[.!?]["”)]*$/u.test(prev)) || nonFinal)) return false;
    // A numbered heading that names its section ("II. Nhiệm vụ cụ thể trong thời gian đến") is whole before a blank
    // line and a capital, whatever its last word.
    if (blank && !lower && cur.length === 1 && this.isSectionHeading(prev)) return false;
    if (this.startsBlock(next) && !(bulletLower && !TERMINAL.test(prev))) return false;
    // A basis or proposal runs to its ";" or ".": "Căn cứ Luật Tổ chức" + "Chính phủ ngày 18 tháng 2 năm 2025;",
    // "Theo đề nghị của Bộ trưởng" + "Bộ Công an.".
    if (!blank && !TERMINAL.test(prev) && !inCapitals(next) && this.basisStarts.some((re) => re.test(cur[0]!.value))) return true;
    // "ĐỀ ÁN" then its trích yếu: the tên loại stands alone.
    if (cur.length === 1 && isKindLabel(this.grammar, prev)) return false;
    if (p.inCell && !blank) return true;
    // "(Kèm theo Kế hoạch số … của UBND tỉnh)" is complete once its parenthesis closes.
    if (/^\(/u.test(cur[0]!.value) && /\)$/u.test(prev)) return false;
    if (blank) return true;
    // "Cơ quan chủ trì: Sở Nội vụ, Sở" + "Giáo dục và Đào tạo, …", "… theo quy định của Luật" + "An toàn thông tin
    // mạng …": a name broken after its unit noun or its document's kind.
    if (lower || nonFinal || /[,(–-]$/u.test(prev) || endsOnUnitNoun(prev, this.grammar) || this.endsOnCitedKind(prev)) return true;
    // A title in capitals wrapped over lines: "NHIỆM VỤ TRỌNG TÂM … TỈNH BÌNH" + "ĐỊNH NĂM 2021".
    if (inCapitals(prev) && inCapitals(next) && !TERMINAL.test(prev) && prev.length >= 40) return true;
    if (this.isShortLabelLine(prev)) return true;
    if (this.hardWrapped) {
      const long = (s: string) => s.length >= 0.8 * this.wrapWidth;
      // Scraped text indents a paragraph's first line, so a short line before a long one starts a paragraph
      // (one set at the wrapped lines' indent, where the text indents first lines past it, is a paragraph's last)…
      const wrapped = this.wrapIndent !== null && indentOf(p.line.raw) === this.wrapIndent;
      if (long(prev) && next.length < 0.5 * this.wrapWidth && p.following !== undefined && long(p.following) && !wrapped) return false;
      if (long(prev)) return true;
      // …and that short first line continues on the long line after it.
      if (cur.length === 1 && !TERMINAL.test(prev) && long(next)) return true;
    }
    return !TERMINAL.test(prev) && /^\d/u.test(next) && !/^\d+\s*[.)]/u.test(next);
  }

  add(p: Piece): void {
    if (!p.value || RULE.test(p.value)) {
      this.blankSince = true;
      return;
    }
    const cur = this.cur;
    if (cur && p.continuesBold) {
      cur.pieces.push(p);
      this.blankSince = false;
      return;
    }
    if (cur && !p.strong && !p.laidOut && !cur.pieces[cur.pieces.length - 1]!.laidOut && !cur.pieces[0]!.strong) {
      if (this.joins(cur.pieces, p, this.blankSince)) {
        cur.pieces.push(p);
        this.blankSince = false;
        return;
      }
    }
    this.flush();
    this.cur = { pieces: [p] };
    this.blankSince = false;
  }

  /** Ends the current paragraph (at a blank line that cannot be bridged, a table, a heading). */
  flush(): void {
    const cur = this.cur;
    if (!cur) return;
    const first = cur.pieces[0]!;
    const last = cur.pieces[cur.pieces.length - 1]!;
    const para: Paragraph = {
      type: 'paragraph',
      // One line's value is cut from the text; joined lines are a new string already.
      value: cur.pieces.length === 1 ? ownString(first.value) : cur.pieces.map((p) => p.value).join(' '),
      position: spanOf(first.line, first.column, last.line),
      page: first.line.page,
    };
    if (first.strong) para.strong = true;
    this.blocks.push(para);
    this.cur = null;
  }

  push(block: Block): void {
    this.flush();
    this.blankSince = true;
    this.blocks.push(block);
  }
}

export interface WrapStats {
  /** The usual width of prose lines. */
  width: number;
  /** Whether the text is hard-wrapped at that width. */
  hardWrapped: boolean;
  /** The indent of wrapped lines, when the text indents its paragraphs' first lines past it (a pdftotext -layout dump); else null. */
  wrapIndent: number | null;
}

const indentOf = (raw: string) => raw.length - raw.trimStart().length;

/** How a text's prose lines are set: their width, whether hard-wrapped, and the indent of wrapped lines. */
export function wrapStats(lines: Line[]): WrapStats {
  // Prose lines only: table cells and headings are short in every layout.
  const prose = lines.filter((l) => l.raw.trim().length >= 40);
  const lens = prose.map((l) => l.raw.trim().length).sort((a, b) => a - b);
  if (lens.length < 10) return { width: Infinity, hardWrapped: false, wrapIndent: null };
  const width = lens[Math.floor(lens.length * 0.9)]!;
  const near = lens.filter((n) => n >= 0.75 * width && n <= 1.1 * width).length;
  const hardWrapped = width <= 140 && near / lens.length >= 0.5;
  // Most prose lines are wrapped ones; a text that indents its first lines has some well past them.
  const indents = prose.map((l) => indentOf(l.raw));
  const counts = new Map<number, number>();
  for (const n of indents) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [mode, most] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const indented = indents.filter((n) => n >= mode + 3).length;
  const wrapIndent = hardWrapped && most / indents.length >= 0.5 && indented / indents.length >= 0.05 ? mode : null;
  return { width, hardWrapped, wrapIndent };
}
