/**
 * HTML → flow nodes with htmlparser2's streaming parser and explicit stacks (no DOM,
 * no recursion): pages nested thousands of levels deep cannot overflow the stack.
 *
 * Text rules: whitespace collapses as a browser would, except that a source line break
 * between two CJK characters disappears (CSS Text segment-break rule; Chinese pages
 * wrap mid-sentence in the source). <br> breaks the line; <pre> keeps its whitespace.
 * Block elements end a paragraph; <li> is one line, items of <ol> get their visible
 * number ("3. ") unless the text already starts with one. Tables: see table-grid.ts.
 */
import { Parser } from 'htmlparser2';
import { ReadError } from '../source-document';
import { READ_LIMITS, ReadBudget } from './budget';
import { isJunkByAttributes, JUNK_ELEMENTS, PAGE_CHROME_ELEMENTS } from './html-junk';
import { finishTable, type FlowNode, type SpanCell } from './table-grid';

export interface HtmlWalk {
  nodes: FlowNode[];
  title?: string;
  meta: Record<string, string>;
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'header',
  'footer',
  'html',
  'tr',
  'td',
  'th',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'title',
]);
const SEGMENT_BREAK = '\u0001';
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const BREAK_RUN = new RegExp(`[ ${SEGMENT_BREAK}]*${SEGMENT_BREAK}[ ${SEGMENT_BREAK}]*`, 'g');
const CJK_BREAK = new RegExp(`(?<=[${CJK}])${SEGMENT_BREAK}(?=[${CJK}])`, 'g');
/**
 * htmlparser2 keeps its open-element stack with unshift/shift, so time grows with the
 * square of the depth: 20,000 levels parse in well under a second, 200,000 in half a
 * minute. No real page comes near; deeper input is refused with a ReadError.
 */
export const MAX_HTML_DEPTH = READ_LIMITS.maxDepth;
const ALREADY_NUMBERED = /^\s*[（(]?[0-9０-９一二三四五六七八九十]+[.．、)）]/;

interface Frame {
  name: string;
  junk: boolean;
  /** An open <ol> (next number) or <ul> (next = -1). */
  list?: { next: number };
  table?: { rows: SpanCell[][]; cellOpen: boolean };
  cell?: boolean;
}

export function walkHtml(
  html: string,
  opts: { classJunk: boolean },
  budget: ReadBudget = new ReadBudget(),
): HtmlWalk {
  const body: FlowNode[] = [];
  const containers: FlowNode[][] = [body];
  const frames: Frame[] = [];
  const tables: NonNullable<Frame['table']>[] = [];
  const lists: NonNullable<Frame['list']>[] = [];
  const meta: Record<string, string> = {};
  let title: string | undefined;
  let inTitle = false;
  let skip = 0;
  let pre = 0;
  let article = 0;
  let buf = '';
  let prefix: string | undefined;

  const container = (): FlowNode[] => containers[containers.length - 1] as FlowNode[];
  const flush = (): void => {
    const text = buf
      .replace(BREAK_RUN, SEGMENT_BREAK)
      .replace(CJK_BREAK, '')
      .replaceAll(SEGMENT_BREAK, ' ')
      .split('\n')
      .map((l) => l.replace(/^ +| +$/g, '').replace(/ {2,}/g, pre > 0 ? '$&' : ' '))
      .join('\n');
    buf = '';
    if (text.trim() === '') return;
    const p = prefix;
    prefix = undefined;
    container().push({ kind: 'para', text: p && !ALREADY_NUMBERED.test(text) ? p + text : text });
  };
  const closeCell = (t: NonNullable<Frame['table']>): void => {
    if (!t.cellOpen) return;
    flush();
    t.cellOpen = false;
    if (containers.length > 1) containers.pop();
  };

  const onOpen = (name: string, attrs: Record<string, string>): void => {
    if (name === 'title' && title === undefined) inTitle = true;
    if (name === 'meta' && attrs.name && attrs.content)
      meta[attrs.name.toLowerCase()] = attrs.content;
    const frame: Frame = { name, junk: false };
    frames.push(frame);
    budget.tick();
    if (frames.length > budget.limits.maxDepth) {
      throw new ReadError(
        'html_too_deep',
        `网页结构嵌套超过 ${budget.limits.maxDepth} 层（上限），文件异常，无法读取。请用浏览器打开后另存为网页再导入`,
      );
    }
    if (skip > 0) {
      skip++;
      frame.junk = true;
      return;
    }
    const junk =
      JUNK_ELEMENTS.has(name) ||
      (PAGE_CHROME_ELEMENTS.has(name) && article === 0) ||
      (opts.classJunk && isJunkByAttributes(name, attrs));
    if (junk) {
      flush();
      skip = 1;
      frame.junk = true;
      return;
    }
    if (BLOCKS.has(name)) flush();
    switch (name) {
      case 'article':
      case 'main':
        article++;
        break;
      case 'pre':
        pre++;
        break;
      case 'br':
        buf += '\n';
        break;
      case 'ol':
      case 'ul':
        frame.list = name === 'ol' ? { next: intOr(attrs.start, 1) } : { next: -1 };
        lists.push(frame.list);
        break;
      case 'li': {
        const list = lists[lists.length - 1];
        if (list && list.next >= 0) prefix = `${list.next++}. `;
        break;
      }
      case 'table':
        frame.table = { rows: [], cellOpen: false };
        tables.push(frame.table);
        break;
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t) {
          closeCell(t);
          t.rows.push([]);
        }
        break;
      }
      case 'td':
      case 'th': {
        const t = tables[tables.length - 1];
        if (!t) break;
        closeCell(t);
        if (t.rows.length === 0) t.rows.push([]);
        const cell: SpanCell = {
          content: [],
          colSpan: intOr(attrs.colspan, 1),
          rowSpan: intOr(attrs.rowspan, 1),
        };
        (t.rows[t.rows.length - 1] as SpanCell[]).push(cell);
        containers.push(cell.content);
        t.cellOpen = true;
        frame.cell = true;
        break;
      }
    }
  };

  const onClose = (name: string): void => {
    if (name === 'title') inTitle = false;
    // Pop to the matching frame; htmlparser2 balances tags, this only guards oddities.
    let at = frames.length - 1;
    while (at >= 0 && frames[at]?.name !== name) at--;
    if (at < 0) return;
    while (frames.length > at) closeFrame(frames.pop() as Frame);
  };

  const closeFrame = (f: Frame): void => {
    if (f.junk) {
      skip = Math.max(0, skip - 1);
      return;
    }
    if (BLOCKS.has(f.name)) flush();
    if (f.name === 'article' || f.name === 'main') article = Math.max(0, article - 1);
    if (f.name === 'pre') pre = Math.max(0, pre - 1);
    if (f.list) lists.pop();
    const t = tables[tables.length - 1];
    if (f.cell && t) closeCell(t);
    if (f.table) {
      closeCell(f.table);
      tables.pop();
      for (const n of finishTable(f.table.rows, undefined, budget)) container().push(n);
    }
  };

  const parser = new Parser(
    {
      onopentag: onOpen,
      onclosetag: onClose,
      ontext(data) {
        if (inTitle) title = (title ?? '') + data;
        if (skip > 0 || inTitle) return;
        buf +=
          pre > 0
            ? data.replace(/\r\n?/g, '\n')
            : data.replace(/[ \t\f\u00a0]+/g, ' ').replace(/[ ]*[\r\n]+[ \r\n]*/g, SEGMENT_BREAK);
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();
  flush();
  return { nodes: body, title: title?.replace(/\s+/g, ' ').trim(), meta };
}

function intOr(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
