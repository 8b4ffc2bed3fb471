/**
 * .html/.htm: decode (html-charset.ts), walk without site chrome (html-walker.ts), drop
 * chrome lines, build. If dropping chrome by class/id leaves nothing, the page is walked
 * again without those rules: a site that puts its article inside class="main-menu-content"
 * must still import, junk and all, rather than come back empty.
 */
import type { SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder, type Hints } from './doc-builder';
import { emptyError } from './errors';
import { decodeHtml } from './html-charset';
import { isJunkLine } from './html-junk';
import { walkHtml, type HtmlWalk } from './html-walker';
import type { FlowNode } from './table-grid';

export function readHtml(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): SourceDocument {
  const { text: html, encoding } = decodeHtml(bytes);
  return readHtmlText(html, encoding, budget);
}

/** A page already decoded (a plain .html, or the page part of a saved .mht). */
export function readHtmlText(
  html: string,
  encoding: string,
  budget: ReadBudget,
  format: 'html' | 'mhtml' = 'html',
): SourceDocument {
  let walk = walkHtml(html, { classJunk: true }, budget);
  let nodes = withoutJunkLines(walk.nodes);
  if (!hasContent(nodes)) {
    walk = walkHtml(html, { classJunk: false }, budget);
    nodes = withoutJunkLines(walk.nodes);
  }
  const b = new DocBuilder(budget);
  b.flow(nodes);
  if (b.isEmpty) throw emptyError();
  return b.build(format, { encoding, hints: hintsOf(walk) });
}

function withoutJunkLines(nodes: FlowNode[]): FlowNode[] {
  const out: FlowNode[] = [];
  for (const n of nodes) {
    if (n.kind !== 'para') {
      out.push(n);
      continue;
    }
    const kept = n.text.split('\n').filter((l) => !isJunkLine(l));
    if (kept.some((l) => l.trim() !== '')) out.push({ kind: 'para', text: kept.join('\n') });
  }
  return out;
}

function hasContent(nodes: FlowNode[]): boolean {
  return nodes.some((n) => n.kind !== 'blank');
}

/**
 * Government sites (GB/T 33476 page standard) carry ArticleTitle / PubDate /
 * ContentSource metas; they beat <title>, which usually ends in "_某某省民政厅".
 */
function hintsOf(walk: HtmlWalk): Hints {
  const m = walk.meta;
  const date = m.pubdate ?? m.publishdate ?? m['article:published_time'];
  return {
    title: m.articletitle ?? walk.title,
    date: date ? normaliseDate(date) : undefined,
    author: m.contentsource ?? m.author,
  };
}

function normaliseDate(s: string): string | undefined {
  const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(s);
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : undefined;
}
