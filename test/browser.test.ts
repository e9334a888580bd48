/**
 * The review page in a real browser, as a person uses it: Debian's Chromium, headless, driven by
 * puppeteer-core (no browser download). Rows are there, choosing a task highlights its source lines,
 * choosing a line marks its task, the filters narrow the table, the sort orders it, and nothing the
 * document holds (`<script>`, `"><img onerror=…>`) runs. A screenshot is saved.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/schema/output.js';
import { CORPUS, ROOT, cli } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'test-output', 'review-page.png');
const TITLE = 'Ban hành Kế hoạch cải cách hành chính huyện Bình Sơn năm 2024';
const HOSTILE = `${TITLE} <script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned = 2">`;

let browser: Browser;
let page: Page;
let result: Result;
const dialogs: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcli-browser-'));
  const md = join(CORPUS, 'md');
  const source = readFileSync(join(md, readdirSync(md).sort()[0]!), 'utf8');
  expect(source).toContain(TITLE);
  writeFileSync(join(dir, 'plan.md'), source.replace(TITLE, HOSTILE));
  const run = await cli(['extract', join(dir, 'plan.md'), '-f', 'html', '-o', join(dir, 'plan.html')]);
  expect(run.code).toBe(0);
  result = JSON.parse((await cli(['extract', join(dir, 'plan.md')])).stdout) as Result;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: join(dir, 'profile'),
    // No sandbox: CI runs as root. /dev/shm is small in containers: shared memory goes to /tmp instead.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage();
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.setViewport({ width: 1500, height: 950 });
  await page.goto(pathToFileURL(join(dir, 'plan.html')).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const visibleDues = () => page.$$eval('#tasks tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.due ?? ''));

describe('review page in Chromium', () => {
  it('shows every task as a row, and the document\'s markup as text without running it', async () => {
    expect(await page.$$eval('#tasks tbody tr', (rows) => rows.length)).toBe(result.tasks.length);
    expect(result.tasks.length).toBeGreaterThan(10);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    const shown = await page.$eval('body', (b) => (b as HTMLElement).innerText);
    expect(shown).toContain('<script>window.__pwned = 1</script>');
    expect(shown).toContain('"><img src=x onerror="window.__pwned = 2">');
  });

  it('highlights and scrolls to a task\'s source lines when it is chosen, and marks the task of a chosen line', async () => {
    const index = result.tasks.length - 1;
    const task = result.tasks[index]!;
    const end = task.source.endLine ?? task.source.line;
    await page.click(`#tasks tbody tr:nth-child(${index + 1}) td:nth-child(4)`);
    const hits = await page.$$eval('ol.lines li.hit', (lis) => lis.map((li) => Number((li as HTMLElement).dataset.n)));
    expect(hits).toEqual(Array.from({ length: end - task.source.line + 1 }, (_, k) => task.source.line + k));
    expect(await page.$eval('#tasks tbody tr.chosen', (r) => (r as HTMLElement).dataset.order)).toBe(String(index));
    const inView = await page.$eval(`#L${task.source.line}`, (li) => {
      const pane = li.closest('aside')!.getBoundingClientRect();
      const box = li.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom;
    });
    expect(inView).toBe(true);

    const first = result.tasks[0]!;
    await page.click(`#L${first.source.line}`);
    expect(await page.$$eval('#tasks tbody tr.from-line', (rows) => rows.map((r) => (r as HTMLElement).dataset.order))).toContain('0');
    expect(await page.$eval('.line-note', (n) => n.textContent)).toMatch(new RegExp(`Dòng ${first.source.line}: Nhiệm vụ 1\\b`, 'u'));
  });

  it('narrows the table by lead body and by deadline month or quarter, and sorts by deadline', async () => {
    const lead = result.tasks[0]!.lead[0]!.canonical;
    await page.select('#filter-lead', lead);
    const byLead = result.tasks.filter((t) => t.lead.some((a) => a.canonical === lead)).length;
    expect(byLead).toBeLessThan(result.tasks.length);
    expect(await page.$$eval('#tasks tbody tr:not([hidden])', (rows) => rows.length)).toBe(byLead);
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe(String(byLead));
    await page.select('#filter-lead', '');

    const due = (t: Result['tasks'][number]) => t.timeline?.end ?? t.timeline?.start ?? '';
    const month = due(result.tasks.find((t) => due(t).length >= 7)!).slice(0, 7);
    await page.select('#filter-due', `m:${month}`);
    const inMonth = result.tasks.filter((t) => due(t).startsWith(month)).length;
    expect((await visibleDues()).length).toBe(inMonth);
    expect(inMonth).toBeLessThan(result.tasks.length);
    const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    await page.select('#filter-due', `q:${quarter}`);
    const dues = await visibleDues();
    expect(dues.length).toBeGreaterThanOrEqual(inMonth);
    expect(dues.every((d) => d.startsWith(month.slice(0, 4)) && Math.ceil(Number(d.slice(5, 7)) / 3) === Number(quarter.slice(-1)))).toBe(true);
    await page.select('#filter-due', '');

    await page.select('#sort', 'asc');
    const sorted = (await visibleDues()).filter(Boolean);
    expect(sorted).toEqual([...sorted].sort());
    expect((await visibleDues()).length).toBe(result.tasks.length);
  });

  it('prints the tables without the controls and the source pane', async () => {
    await page.emulateMediaType('print');
    const shown = await page.$$eval('.controls, aside.source, #tasks', (els) => els.map((el) => getComputedStyle(el).display));
    await page.emulateMediaType('screen');
    expect(shown).toEqual(['none', 'table', 'none']); // document order: controls, tasks, source pane
  });

  it('saves a screenshot of the page', async () => {
    await page.select('#sort', 'order');
    await page.click('#tasks tbody tr:nth-child(3) td:nth-child(4)');
    // Two frames: source lines off screen are rendered only once the scroll has put them on it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
  });
});
