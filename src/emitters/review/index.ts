/** The review page format: one self-contained page per result, and an index of a run's pages. */
export { emitHtml } from './page.js';
export { emitHtmlIndex } from './index-page.js';
