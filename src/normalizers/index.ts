/** The normalizers, in the order they run after extraction. */
import type { Stage } from '../model/working.js';

export const normalizers: Stage[] = [];
