/** JSON: the result as the contract shows it, two-space indented; several results as one array. */
import type { Result } from '../schema/output.js';
import { project, records, type View } from './tasks.js';
import type { Stream } from './stream.js';

export const emitJson = (result: Result, view: View = 'result'): string => `${JSON.stringify(project(result, view), null, 2)}\n`;

/** Streams several results as the array JSON.stringify would print, one record at a time. */
export function streamJson(view: View): Stream {
  let count = 0;
  const item = (value: unknown) => `${count++ ? ',\n' : ''}  ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`;
  return {
    head: '[\n',
    part: (result) => records(result, view).map(item).join(''),
    tail: () => (count ? '\n]\n' : ']\n'),
  };
}
