/**
 * CSV for spreadsheets: RFC 4180 quoting, UTF-8 with BOM, and a real round trip through
 * LibreOffice (csv → xlsx → csv) keeping the Vietnamese text intact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField } from '../src/emitters/index.js';
import type { Result } from '../src/schema/output.js';
import { CORPUS, cli } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const TEXT = join(CORPUS, 'text');
const inputs = readdirSync(TEXT).sort().slice(0, 2).map((n) => join(TEXT, n));
// Columns a spreadsheet keeps as text (dates and numbers it may reformat).
const TEXT_COLUMNS = ['file', 'documentNumber', 'taskId', 'section', 'content', 'lead', 'coordinators', 'products', 'timelineText'];

describe('CSV', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('writes a BOM, a header and one CRLF row per task, for every input in order', async () => {
    const run = await cli(['extract', '-j', '1', '-f', 'csv', ...inputs]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFfile,documentNumber,taskId,section,content,lead,coordinators,products,timelineText,timelineStart,timelineEnd,sourceLine,sourcePage\r\n')).toBe(true);
    const results = await Promise.all(inputs.map(async (f) => JSON.parse((await cli(['extract', f])).stdout) as Result));
    const rows = parseCsv(run.stdout.slice(1));
    const tasks = results.flatMap((r) => r.tasks.map((t) => [r.source.name, t] as const));
    expect(rows.slice(1)).toHaveLength(tasks.length);
    const [file, id, content, lead] = ['file', 'taskId', 'content', 'lead'].map((c) => rows[0]!.indexOf(c));
    tasks.forEach(([name, task], i) => {
      const row = rows[i + 1]!;
      expect([row[file!], row[id!], row[content!], row[lead!]]).toEqual([name, task.id, task.content, task.lead.map((a) => a.name).join('; ')]);
    });
  });

  it('survives a LibreOffice round trip (csv → xlsx → csv) with Vietnamese intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcli-csv-'));
    const csv = (await cli(['extract', '-j', '1', '-f', 'csv', ...inputs])).stdout;
    writeFileSync(join(dir, 'tasks.csv'), csv);
    const soffice = (...args: string[]) =>
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args, '--outdir', join(dir, 'back')], { cwd: dir, stdio: 'pipe', timeout: 120_000 });
    // Filter options 44 = comma, 34 = double quote, 76 = UTF-8. Headless LibreOffice does not sniff the
    // encoding (it reads Latin-1 even after a BOM), so the import names UTF-8 as a user does in the dialog.
    const filter = 'Text - txt - csv (StarCalc):44,34,76';
    soffice('--infilter=' + filter, '--convert-to', 'xlsx', join(dir, 'tasks.csv'));
    soffice('--convert-to', `csv:${filter}`, join(dir, 'back/tasks.xlsx'));
    const before = parseCsv(csv.slice(1));
    const after = parseCsv(readFileSync(join(dir, 'back/tasks.csv'), 'utf8').replace(/^\uFEFF/u, ''));
    expect(after).toHaveLength(before.length);
    expect(after[0]).toEqual(before[0]); // the BOM is taken as the encoding mark, not as part of the first cell
    const columns = TEXT_COLUMNS.map((name) => before[0]!.indexOf(name));
    const pick = (rows: string[][]) => rows.map((row) => columns.map((c) => row[c]));
    expect(pick(after)).toEqual(pick(before));
    expect(after.flat().join(' ')).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  }, 180_000);
});
