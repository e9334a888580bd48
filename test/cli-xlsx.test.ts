/**
 * The workbook (-f xlsx): one file for every input, read back with exceljs (sheets, one row per task,
 * deadlines as date cells, frozen filtered header) and converted by LibreOffice with Vietnamese intact;
 * it refuses a terminal and a directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/schema/output.js';
import { main } from '../src/cli/main.js';
import { CORPUS, ROOT, cli, collector } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const TEXT = join(CORPUS, 'text');
const inputs = readdirSync(TEXT).sort().map((n) => join(TEXT, n));
const SHEETS = ['Nhiệm vụ', 'Chỉ tiêu', 'Trách nhiệm', 'Văn bản dẫn chiếu', 'Tài liệu'];
const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

let dir: string;
let results: Result[];
let book: ExcelJS.Workbook;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parcli-xlsx-'));
  results = await Promise.all(inputs.map(async (f) => JSON.parse((await cli(['extract', f])).stdout) as Result));
  const run = await cli(['extract', '-j', '1', TEXT, '-f', 'xlsx', '-o', join(dir, 'tasks.xlsx')]);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('');
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tasks.xlsx'));
}, 120_000);

describe('xlsx workbook', () => {
  it('has the five sheets, each with a frozen header row and a filter over its columns', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(SHEETS);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.columns.every((c) => (c.width ?? 0) > 0)).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['tasks.xlsx']); // written through a temporary file, none left
  });

  it('holds one row per task with its content, lead and deadline as a date cell', () => {
    const sheet = book.getWorksheet('Nhiệm vụ')!;
    const tasks = results.flatMap((r) => r.tasks);
    expect(sheet.rowCount - 1).toBe(tasks.length);
    const head = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(text);
    const col = (name: string) => head.indexOf(name);
    let dated = 0;
    tasks.forEach((task, i) => {
      const row = sheet.getRow(i + 2);
      expect(text(row.getCell(col('Nội dung')).value)).toBe(task.content);
      expect(text(row.getCell(col('Chủ trì')).value)).toBe(task.lead.map((a) => a.name).join('\n'));
      const due = task.timeline?.end ?? task.timeline?.start ?? null;
      const cell = row.getCell(col('Thời hạn'));
      if (due && /^\d{4}-\d{2}-\d{2}$/u.test(due)) {
        expect(cell.value).toBeInstanceOf(Date);
        expect((cell.value as Date).toISOString().slice(0, 10)).toBe(due);
        expect(cell.numFmt).toBe('dd/mm/yyyy');
        dated++;
      } else expect(cell.value).toBeNull();
    });
    expect(dated).toBeGreaterThan(10);
    expect(sheet.getColumn(col('Nội dung')).alignment?.wrapText).toBe(true);
  });

  it('lists every input on "Tài liệu" with its status, number and counts', () => {
    const sheet = book.getWorksheet('Tài liệu')!;
    expect(sheet.rowCount - 1).toBe(inputs.length);
    const head = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(text);
    results.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(text(row.getCell(head.indexOf('Số hiệu')).value)).toBe(r.document.number ?? '');
      expect(row.getCell(head.indexOf('Nhiệm vụ')).value).toBe(r.tasks.length);
    });
    const targets = book.getWorksheet('Chỉ tiêu')!;
    expect(targets.rowCount - 1).toBe(results.reduce((n, r) => n + r.targets.length, 0));
  });

  it('converts with LibreOffice to CSV with the Vietnamese text intact', () => {
    // Filter options 44 = comma, 34 = double quote, 76 = UTF-8; the first sheet ("Nhiệm vụ") is exported.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir', join(dir, 'csv'), join(dir, 'tasks.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const rows = parseCsv(readFileSync(join(dir, 'csv/tasks.csv'), 'utf8'));
    expect(rows[0]!.slice(0, 5)).toEqual(['Tệp', 'Số hiệu', 'Mục', 'Số thứ tự', 'Nội dung']);
    const tasks = results.flatMap((r) => r.tasks);
    expect(rows.slice(1).map((r) => r[4])).toEqual(tasks.map((t) => t.content));
    const due = rows[0]!.indexOf('Thời hạn');
    const first = tasks.findIndex((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.timeline?.end ?? ''));
    const [y, m, d] = tasks[first]!.timeline!.end!.split('-');
    expect(rows[first + 1]![due]).toBe(`${d}/${m}/${y}`);
  }, 180_000);

  it('writes the workbook to a redirected stdout, and refuses a terminal or a directory', async () => {
    const bytes: Uint8Array[] = [];
    const stdout = { isTTY: false, write: (chunk: string | Uint8Array) => bytes.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk) };
    const code = await main({ argv: ['extract', inputs[0]!, '-f', 'xlsx'], stdout, stderr: collector(), cwd: ROOT });
    expect(code).toBe(0);
    expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe('PK');
    const tty = await cli(['extract', inputs[0]!, '-f', 'xlsx'], { tty: true });
    expect([tty.code, tty.stdout]).toEqual([2, '']);
    expect(tty.stderr).toMatch(/binary workbook.*-o FILE\.xlsx/u);
    const toDir = await cli(['extract', inputs[0]!, '-f', 'xlsx', '-o', dir]);
    expect(toDir.code).toBe(2);
    expect(toDir.stderr).toMatch(/is a directory/u);
  });
});
