/**
 * .mht/.mhtml (a web page saved as a single file): the page part is taken out of the MIME
 * message (mime-parts.ts), decoded by the charset its part header names (else its meta,
 * else sniffed, as for .html) and read exactly like an .html page.
 */
import type { SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { decodeText } from './decode-text';
import { decodeHtml } from './html-charset';
import { readHtmlText } from './html-reader';
import { headerParam, mainTextPart, mediaType } from './mime-parts';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';

export function readMhtml(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): SourceDocument {
  const part = mainTextPart(bytes, budget);
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  if (mediaType(part) === 'text/html') {
    const { text, encoding } = decodeHtml(part.body, charset);
    return readHtmlText(text, encoding, budget, 'mhtml');
  }
  // A saved plain-text page: its lines are the paragraphs.
  const { text, encoding } = decodeText(part.body);
  const b = new DocBuilder(budget);
  b.paragraph(text);
  if (b.isEmpty) throw emptyError();
  return b.build('mhtml', { encoding });
}
