/** The extractors, in the order they run. Each reads and fills the working document. */
import type { Stage } from '../model/working.js';

export const extractors: Stage[] = [];
