/** The tasks-only view: each task with the file, number and title of the document it comes from. */
import type { Result, Task } from '../schema/output.js';

/** What an emitter writes: the whole result, or only its tasks (`--tasks-only`, CSV). */
export type View = 'result' | 'tasks';

/** A task carrying its document's file name, number and title. */
export interface TaskRecord extends Task {
  document: { file: string; number: string | null; title: string | null };
}

/** The result's tasks as self-contained records, in result order. */
export function taskRecords(result: Result): TaskRecord[] {
  const document = { file: result.source.name, number: result.document.number, title: result.document.title };
  return result.tasks.map((task) => ({ document, ...task }));
}

/** The value a view shows of one result: the result itself, or its task records. */
export const project = (result: Result, view: View): Result | TaskRecord[] => (view === 'tasks' ? taskRecords(result) : result);

/** The records a view yields for one result, for formats that write one record at a time. */
export const records = (result: Result, view: View): (Result | TaskRecord)[] => (view === 'tasks' ? taskRecords(result) : [result]);
