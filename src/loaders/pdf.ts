/** Loads PDF inputs. (Being built: see issue 4.) */
import type { Loader } from './types.js';
import { LoadError } from './types.js';

export const loadPdf: Loader = async () => {
  throw new LoadError('PDF input is not supported yet');
};
