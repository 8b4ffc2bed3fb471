/**
 * Plain text: the decoded text is the notice's raw text, exactly as written except for
 * line endings (CRLF/CR → LF) and a leading BOM. Every non-blank line is a paragraph
 * block; the text itself keeps blank lines and indentation, because seeds and real
 * notices use them as layout the extractor reads.
 */
import type { SourceBlock, SourceDocument } from '../source-document';
import { decodeText } from './decode-text';
import { emptyError } from './errors';

/** Plain text is as long as its bytes (bounded by the size limit): nothing to budget. */
export function readTxt(bytes: Uint8Array): SourceDocument {
  const { text: raw, encoding } = decodeText(bytes);
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw emptyError();
  return { format: 'txt', encoding, text, blocks: lineBlocks(text) };
}

/** One paragraph block per non-blank line, offsets into `text`. */
export function lineBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim() !== '') blocks.push({ type: 'paragraph', start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return blocks;
}
