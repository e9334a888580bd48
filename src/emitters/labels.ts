/**
 * The headings and column names people read in the review page and the workbook, in the language
 * of the documents they check (one list, so both outputs name a field the same way).
 */
import type { Recurrence, Result } from '../schema/output.js';

export const LABELS = {
  tasks: 'Nhiệm vụ',
  targets: 'Chỉ tiêu',
  responsibilities: 'Trách nhiệm',
  references: 'Văn bản dẫn chiếu',
  documents: 'Tài liệu',
  diagnostics: 'Cảnh báo',
  source: 'Văn bản gốc',
  file: 'Tệp',
  kind: 'Loại văn bản',
  number: 'Số hiệu',
  issuer: 'Cơ quan ban hành',
  date: 'Ngày ban hành',
  title: 'Trích yếu',
  signer: 'Người ký',
  section: 'Mục',
  label: 'Số thứ tự',
  content: 'Nội dung',
  lead: 'Chủ trì',
  coordinators: 'Phối hợp',
  products: 'Sản phẩm',
  deadline: 'Thời hạn',
  deadlineText: 'Thời hạn (văn bản)',
  deadlineIso: 'Thời hạn (ISO)',
  recurrence: 'Định kỳ',
  line: 'Dòng',
  page: 'Trang',
  text: 'Nội dung',
  agency: 'Cơ quan',
  items: 'Việc cụ thể',
  referenceKind: 'Loại',
  issued: 'Ngày',
  mentions: 'Số lần nhắc',
  status: 'Trạng thái',
  reason: 'Lý do',
  warnings: 'Cảnh báo',
  errors: 'Lỗi',
  severity: 'Mức',
  code: 'Mã',
  message: 'Thông báo',
  allLeads: 'Mọi cơ quan chủ trì',
  allDeadlines: 'Mọi thời hạn',
  noDeadline: 'Không có thời hạn',
  month: 'Tháng',
  quarter: 'Quý',
  sort: 'Sắp xếp',
  documentOrder: 'Theo thứ tự văn bản',
  deadlineAsc: 'Thời hạn sớm trước',
  deadlineDesc: 'Thời hạn muộn trước',
  shown: 'đang hiển thị',
  noSource: 'Không có văn bản gốc kèm theo kết quả này.',
  none: 'Không có',
} as const;

export const STATUS_LABELS: Record<'ok' | 'warnings' | 'failed', string> = { ok: 'Đạt', warnings: 'Có cảnh báo', failed: 'Không đọc được' };

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  continuous: 'Thường xuyên',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  semiannual: '6 tháng',
  annual: 'Hằng năm',
  periodic: 'Định kỳ',
};

/** The signer as one line: "KT. CHỦ TỊCH · PHÓ CHỦ TỊCH · Nguyễn Văn A". */
export const signerOf = (document: Result['document']): string | null => {
  const s = document.signature;
  return s ? [...s.onBehalf, s.title, s.name].filter(Boolean).join(' · ') || null : null;
};

/** The ISO date a task is due: its timeline's end, else its start (a date with no end given). */
export const dueOf = (timeline: { start: string | null; end: string | null } | null): string | null => timeline?.end ?? timeline?.start ?? null;
