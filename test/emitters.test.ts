/** Emitters: one result as a file, several as one stream, and the tasks-only view. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitters, extract, outputFormats, taskRecords, type Result, type View } from '../src/index.js';
import { CORPUS } from './helpers/cli.js';

let results: Result[];
beforeAll(async () => {
  const dir = join(CORPUS, 'text');
  results = await Promise.all(readdirSync(dir).sort().slice(0, 3).map((name) => extract(join(dir, name))));
});

const streamed = (format: keyof typeof emitters, view: View, rs: Result[]) => {
  const stream = emitters[format].stream(view);
  return stream.head + rs.map(stream.part).join('') + stream.tail();
};

describe('emitters', () => {
  it('JSON streams exactly what JSON.stringify prints for the array', () => {
    expect(streamed('json', 'result', results)).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(JSON.parse(streamed('json', 'result', []))).toEqual([]);
    expect(JSON.parse(streamed('json', 'tasks', results))).toEqual(results.flatMap(taskRecords));
  });

  it('keeps one JSON object for one result, and an array of task records under the tasks view', () => {
    expect(JSON.parse(emitters.json.emit(results[0]!, 'result'))).toEqual(results[0]);
    expect(JSON.parse(emitters.json.emit(results[0]!, 'tasks'))).toEqual(taskRecords(results[0]!));
  });

  it('NDJSON writes one line per result, or per task', () => {
    expect(streamed('ndjson', 'result', results).split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).toEqual(results);
    const lines = streamed('ndjson', 'tasks', results).trimEnd().split('\n');
    expect(lines).toHaveLength(results.reduce((n, r) => n + r.tasks.length, 0));
  });

  it('YAML writes the same tree, one document per result', () => {
    expect(parseAllDocuments(streamed('yaml', 'result', results)).map((d) => d.toJS() as unknown)).toEqual(results);
  });

  it('tags each task record with its document', () => {
    const [record] = taskRecords(results[0]!);
    expect(record).toEqual({ document: { file: results[0]!.source.name, number: results[0]!.document.number, title: results[0]!.document.title }, ...results[0]!.tasks[0] });
  });

  it('gives every format a distinct extension', () => {
    expect(new Set(outputFormats.map((f) => emitters[f].extension)).size).toBe(outputFormats.length);
  });
});

describe('jsonChunks', () => {
  it('writes the same text as emitJson, piece by piece', async () => {
    const { jsonChunks, emitJson } = await import('../src/emitters/json.js');
    const { extractFile } = await import('../src/pipeline.js');
    const { join } = await import('node:path');
    const result = await extractFile(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'text', '000_036809f184aef2b6.txt'));
    expect([...jsonChunks(result)].join('')).toBe(emitJson(result));
    expect([...jsonChunks(result, 'tasks')].join('')).toBe(emitJson(result, 'tasks'));
  });
});
