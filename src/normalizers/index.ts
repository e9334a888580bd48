/** The normalizers, in the order they run after extraction. */
import type { Stage } from '../model/working.js';
import { normalizeTaskFields } from './task-fields.js';

export const normalizers: Stage[] = [normalizeTaskFields];
