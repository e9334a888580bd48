/** Loads HTML inputs. (Being built: see issue 4.) */
import type { Loader } from './types.js';
import { LoadError } from './types.js';

export const loadHtml: Loader = async () => {
  throw new LoadError('HTML input is not supported yet');
};
