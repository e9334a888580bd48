/** JSON: the result as the contract shows it, two-space indented. */
import type { Result } from '../schema/output.js';

export const emitJson = (result: Result): string => `${JSON.stringify(result, null, 2)}\n`;
