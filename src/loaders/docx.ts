/** Loads DOCX inputs. (Being built: see issue 4.) */
import type { Loader } from './types.js';
import { LoadError } from './types.js';

export const loadDocx: Loader = async () => {
  throw new LoadError('DOCX input is not supported yet');
};
