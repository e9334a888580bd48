/**
 * A whole HTML document around a body: UTF-8, the stylesheet and the page's own script inline (the
 * page opens from disk with nothing from the network), and a Content-Security-Policy that admits
 * that script by its hash and no other, so even markup slipping through from a document could not run.
 */
import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { STYLE } from './style.js';
import { CLIENT_SCRIPT } from './client.js';

const SCRIPT_HASH = `sha256-${createHash('sha256').update(CLIENT_SCRIPT).digest('base64')}`;
const POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The serialized page: doctype, head (title, policy, style) and the given body, with the script when asked. */
export function htmlDocument(title: string, body: ElementContent[], script: boolean): string {
  const tree: Element = h('html', { lang: 'vi' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'generator', content: 'parcli' }),
      h('title', title),
      h('style', STYLE),
    ]),
    h('body', [...body, ...(script ? [h('script', CLIENT_SCRIPT)] : [])]),
  ]);
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, tree] })}\n`;
}
