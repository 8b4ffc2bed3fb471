/**
 * The same notice as other web pages mark its list up: every line of the body in one <p>
 * split by <br>, the list as <li> items, each line in nested <div>s, the header row in <th>
 * or in <td><strong>. The page around it (navigation, date line, footer) is the builder's.
 */
import { buildHtmlText } from '../unseen/build-html';
import {
  cellText,
  flatBlocks,
  type CellSpec,
  type NoticeSpec,
  type PlainBlock,
} from '../unseen/spec';
import { headerRows } from './table-shapes';

export type HtmlShape = 'br' | 'li' | 'div' | 'th' | 'strong';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const rowLine = (row: CellSpec[]): string =>
  row
    .map(cellText)
    .map((t) => t.replace(/\n/g, ''))
    .filter((t) => t.trim() !== '')
    .join('　');

function cell(c: CellSpec, tag: 'td' | 'th', strong: boolean): string {
  const attrs =
    typeof c === 'string'
      ? ''
      : `${c.rs ? ` rowspan="${c.rs}"` : ''}${c.cs ? ` colspan="${c.cs}"` : ''}`;
  const text = cellText(c).split('\n').map(esc).join('<br>');
  return `<${tag}${attrs}>${strong ? `<strong>${text}</strong>` : text}</${tag}>`;
}

function table(rows: CellSpec[][], shape: HtmlShape): string {
  const h = headerRows(rows);
  const tr = (row: CellSpec[], r: number): string => {
    const head = r < h;
    return `<tr>${row.map((c) => cell(c, head && shape === 'th' ? 'th' : 'td', head && shape === 'strong')).join('')}</tr>`;
  };
  return `<table border="1" cellspacing="0">${rows.map(tr).join('\n')}</table>`;
}

/** The lines a block reads as when it is not a table on the page. */
function lines(b: PlainBlock): string[] {
  if ('p' in b) return [b.p];
  if ('h' in b) return [b.h];
  if ('ol' in b) return b.ol;
  return b.table.map(rowLine);
}

function body(blocks: PlainBlock[], shape: HtmlShape): string {
  if (shape === 'th' || shape === 'strong')
    return blocks
      .map((b) =>
        'table' in b ? table(b.table, shape) : `<p>${lines(b).map(esc).join('<br>')}</p>`,
      )
      .join('\n');
  if (shape === 'br') return `<p>${blocks.flatMap(lines).map(esc).join('<br>\n')}</p>`;
  if (shape === 'div')
    return blocks
      .flatMap(lines)
      .map((l) => `<div class="line"><div><span>${esc(l)}</span></div></div>`)
      .join('\n');
  // li: the entries as list items, the prose around them as paragraphs.
  return blocks
    .map((b) =>
      'ol' in b || 'table' in b
        ? `<ul>${lines(b)
            .map((l) => `<li>${esc(l)}</li>`)
            .join('')}</ul>`
        : `<p>${esc(lines(b)[0] ?? '')}</p>`,
    )
    .join('\n');
}

const MARK = 'BODY-PLACEHOLDER';

/** The page's HTML with the body marked up in `shape`; null when the notice has no list to re-mark. */
export function htmlWithShape(spec: NoticeSpec, shape: HtmlShape): string | null {
  const blocks = flatBlocks(spec.blocks);
  if (
    (shape === 'th' || shape === 'strong') &&
    !blocks.some((b) => 'table' in b && headerRows(b.table) > 0)
  )
    return null;
  const page = buildHtmlText({ ...spec, blocks: [{ p: MARK }] }, 'utf-8');
  return page.replace(`<p>${MARK}</p>`, body(blocks, shape));
}
