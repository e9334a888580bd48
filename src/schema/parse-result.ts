/**
 * resultSchema.parse, one array element at a time. Parsing the whole result builds a copy of it
 * beside the original: for a 20 MB plan, ~100 MB more at the moment memory peaks. Parsing each
 * task (target, reference …) on its own and putting the copy in its place lets each original
 * go as soon as its copy exists. Same checks, same output, same issue paths.
 */
import * as z from 'zod';
import { resultSchema, type Result } from './output.js';

export function parseResult(value: unknown): Result {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return resultSchema.parse(value);
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const [key, schema] of Object.entries(resultSchema.shape)) {
    const field = input[key];
    if (schema instanceof z.ZodArray && Array.isArray(field)) {
      for (let i = 0; i < field.length; i++) {
        const parsed = schema.element.safeParse(field[i]);
        if (parsed.success) field[i] = parsed.data;
        else issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })));
      }
      out[key] = field;
    } else {
      const parsed = schema.safeParse(field);
      if (parsed.success) out[key] = parsed.data;
      else issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
    }
  }
  if (issues.length) throw new z.ZodError(issues);
  return out as Result;
}
