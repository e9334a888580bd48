/**
 * The output contract, parcli/v1 (shared/spec/output-v1.md), as zod schemas.
 * Types come from z.infer; the published JSON Schema from z.toJSONSchema.
 * No transforms here: normalizing is the normalizers' job.
 */
import * as z from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'ISO 8601 date, full or reduced precision');

export const sourceRefSchema = z.object({
  line: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  page: z.number().int().positive().nullable().optional(),
});

export const documentKindSchema = z.enum([
  'quyet-dinh', 'ke-hoach', 'de-an', 'chuong-trinh', 'nghi-quyet', 'chi-thi', 'cong-van',
  'thong-bao', 'bao-cao', 'to-trinh', 'huong-dan', 'quy-che', 'quy-dinh', 'phuong-an', 'cong-dien', 'luat', 'phap-lenh',
  'nghi-dinh', 'thong-tu', 'thong-tu-lien-tich', 'van-ban-hop-nhat', 'other',
]);

export const sourceSchema = z.object({
  name: z.string(),
  format: z.enum(['pdf', 'docx', 'markdown', 'text', 'html']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive().nullable(),
  ocr: z.boolean(),
});

export const signatureSchema = z.object({
  onBehalf: z.array(z.string()),
  title: z.string().nullable(),
  name: z.string().nullable(),
});

export const documentSchema = z.object({
  kind: documentKindSchema.nullable(),
  kindLabel: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  date: isoDate.nullable(),
  title: z.string().nullable(),
  authority: z.string().nullable(),
  legalBases: z.array(z.object({ text: z.string(), source: sourceRefSchema.optional() })),
  proposal: z.string().nullable(),
  articles: z.array(z.object({ number: z.number().int().positive(), text: z.string(), source: sourceRefSchema.optional() })),
  recipients: z.array(z.string()),
  signature: signatureSchema.nullable(),
  attachments: z.array(z.object({
    kind: documentKindSchema.nullable(),
    title: z.string().nullable(),
    note: z.string().nullable(),
    source: sourceRefSchema.optional(),
  })),
  appendices: z.array(z.object({ label: z.string(), title: z.string().nullable(), source: sourceRefSchema.optional() })),
});

export interface OutlineNode {
  id: string;
  label: string | null;
  title: string;
  level: number;
  source: z.infer<typeof sourceRefSchema>;
  children: OutlineNode[];
}

export const outlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z.string().nullable(),
    title: z.string(),
    level: z.number().int().positive(),
    source: sourceRefSchema,
    children: z.array(outlineNodeSchema),
  }),
);

export const agencySchema = z.object({ name: z.string(), canonical: z.string() });

export const recurrenceSchema = z.enum(['continuous', 'monthly', 'quarterly', 'semiannual', 'annual', 'periodic']);

export const timelineSchema = z.object({
  text: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  recurrence: recurrenceSchema.nullable(),
  milestones: z.array(z.object({ text: z.string(), end: isoDate.nullable() })),
});

export const taskSchema = z.object({
  id: z.string(),
  origin: z.enum(['body', 'appendix']),
  label: z.string().nullable(),
  section: z.string().nullable(),
  content: z.string(),
  lead: z.array(agencySchema),
  coordinators: z.array(agencySchema),
  products: z.array(z.string()),
  timeline: timelineSchema.nullable(),
  budget: z.string().nullable(),
  fields: z.record(z.string(), z.string()),
  seeAlso: z.array(z.string()).optional(),
  source: sourceRefSchema,
});

export const targetSchema = z.object({
  id: z.string(),
  section: z.string().nullable(),
  text: z.string(),
  source: sourceRefSchema,
});

export const responsibilitySchema = z.object({
  agency: z.string(),
  canonical: z.string().optional(),
  text: z.string(),
  items: z.array(z.string()),
  source: sourceRefSchema,
});

export const referenceSchema = z.object({
  kind: z.string(),
  number: z.string().nullable(),
  date: isoDate.nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  mentions: z.number().int().positive(),
  source: sourceRefSchema,
});

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  source: sourceRefSchema.nullable(),
});

export const resultSchema = z.object({
  schema: z.literal('parcli/v1'),
  source: sourceSchema,
  document: documentSchema,
  outline: z.array(outlineNodeSchema),
  tasks: z.array(taskSchema),
  targets: z.array(targetSchema),
  responsibilities: z.array(responsibilitySchema),
  references: z.array(referenceSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type DocumentKind = z.infer<typeof documentKindSchema>;
export type DocumentInfo = z.infer<typeof documentSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Timeline = z.infer<typeof timelineSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Result = z.infer<typeof resultSchema>;
export type SourceInfo = z.infer<typeof sourceSchema>;

/** The published JSON Schema of a result. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(resultSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
