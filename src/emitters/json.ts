/** JSON: the result as the contract shows it, two-space indented; several results as one array. */
import type { Result } from '../schema/output.js';
import { project, records, type View } from './tasks.js';
import type { Stream } from './stream.js';

export const emitJson = (result: Result, view: View = 'result'): string => `${JSON.stringify(project(result, view), null, 2)}\n`;

// JSON.stringify indents a value nested in a wrapper as deep as the wrapper puts it, so cutting
// the wrapper off gives the value indented for its place without another pass over its text.
const nested = (wrapper: unknown, open: string, close: string): string => {
  const s = JSON.stringify(wrapper, null, 2);
  return s.slice(open.length, s.length - close.length);
};
/** A top-level field's value. */
const asField = (v: unknown) => nested({ _: v }, '{\n  "_": ', '\n}');
/** An element of a top-level field's array. */
const asElement = (v: unknown) => nested({ _: [v] }, '{\n  "_": [\n    ', '\n  ]\n}');
/** An element of a top-level array. */
const asItem = (v: unknown) => nested([v], '[\n  ', '\n]');

/**
 * The same text as emitJson, in pieces: one per top-level field and per element of a top-level
 * array, so a large result is written without building one string of its whole size.
 */
export function* jsonChunks(result: Result, view: View = 'result'): Generator<string> {
  const value = project(result, view) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    yield emitJson(result, view);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length) {
      yield '[';
      for (const [j, item] of v.entries()) yield `${j ? ',' : ''}\n    ${asElement(item)}`;
      yield '\n  ]';
    } else yield asField(v);
  }
  yield entries.length ? '\n}\n' : '}\n';
}

/** Streams several results as the array JSON.stringify would print, one record at a time. */
export function streamJson(view: View): Stream {
  let count = 0;
  const item = (value: unknown) => `${count++ ? ',\n' : ''}  ${asItem(value)}`;
  return {
    head: '[\n',
    part: (result) => records(result, view).map(item).join(''),
    tail: () => (count ? '\n]\n' : ']\n'),
  };
}
