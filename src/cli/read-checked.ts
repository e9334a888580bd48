/** Reads JSON/NDJSON/YAML files and checks values against a zod schema, naming each problem by file, record and zod path. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type * as z from 'zod';

/** One value read from a file, with where it came from: `out.json`, `out.json[2]`, `out.ndjson:7`. */
export interface Located {
  where: string;
  value: unknown;
}

/** The values a file holds: a JSON array's elements, an NDJSON file's lines, a YAML stream's documents, or the one value. */
export async function readValues(file: string, cwd: string): Promise<Located[]> {
  const text = (await readFile(resolve(cwd, file), 'utf8')).replace(/^\uFEFF/u, '');
  if (/\.ndjson$/iu.test(file)) {
    return text.split('\n').flatMap((line, i) => (line.trim() ? [{ where: `${file}:${i + 1}`, value: JSON.parse(line) as unknown }] : []));
  }
  if (/\.ya?ml$/iu.test(file)) {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs)) throw new Error('empty YAML stream');
    return docs.map((doc, i) => {
      if (doc.errors.length) throw doc.errors[0]!;
      return { where: docs.length > 1 ? `${file}#${i + 1}` : file, value: doc.toJS() as unknown };
    });
  }
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.map((v, i) => ({ where: `${file}[${i}]`, value: v as unknown })) : [{ where: file, value }];
}

/** The schema's complaints about a value, one line each: `where: tasks.3.lead: message`; empty when it is valid. */
export function schemaProblems(schema: z.ZodType, { where, value }: Located): string[] {
  const checked = schema.safeParse(value);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => `${where}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
