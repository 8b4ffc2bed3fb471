/**
 * HTML form: a government-site page (charset meta, navigation, breadcrumb, date/source
 * line, share bar, footer) around the notice body; lists as <table>, <ol> or <p> lines.
 */
import type { Block, CellSpec, NoticeSpec } from './spec';
import { cellText, flatBlocks } from './spec';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A hard line break inside a paragraph, item or cell is a <br>, as pasted copies keep it. */
const lines = (s: string): string => s.split('\n').map(esc).join('<br>');

function td(c: CellSpec): string {
  const attrs =
    typeof c === 'string'
      ? ''
      : `${c.rs ? ` rowspan="${c.rs}"` : ''}${c.cs ? ` colspan="${c.cs}"` : ''}`;
  return `<td${attrs}>${lines(cellText(c))}</td>`;
}

function block(b: Block): string {
  // A layout wrapper: the page's own table around the content, as older CMS templates do.
  if ('layout' in b)
    return `<table width="100%" class="layout"><tr><td>${b.layout.map(block).join('\n')}</td></tr></table>`;
  if ('sheet' in b) return flatBlocks([b]).map(block).join('\n');
  if ('p' in b) return `<p>${lines(b.p)}</p>`;
  if ('h' in b) return `<h3>${lines(b.h)}</h3>`;
  if ('ol' in b) return `<ol>${b.ol.map((t) => `<li>${lines(t)}</li>`).join('')}</ol>`;
  return `<table border="1">${b.table.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n')}</table>`;
}

export function buildHtmlText(spec: NoticeSpec, charset: string): string {
  const body = spec.blocks.map(block).join('\n');
  const chrome = spec.chrome !== false;
  return [
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    `<title>${esc(spec.title)}_${esc(spec.site ?? '民政厅门户网站')}</title></head><body>`,
    chrome
      ? '<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a> <a href="/hdjl">互动交流</a></div>'
      : '',
    chrome ? '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>' : '',
    `<div class="article"><h1>${esc(spec.title)}</h1>`,
    chrome
      ? `<div class="info">${esc(spec.info ?? '发布时间：2023-05-12 来源：基层政权建设和社区治理处')} 字体：[大 中 小]</div>`
      : '',
    `<div class="content">${body}</div>`,
    chrome ? '<div class="share">分享到：微信 微博 QQ空间 【打印本页】【关闭窗口】</div>' : '',
    '</div>',
    chrome
      ? spec.site
        ? `<div class="footer">主办单位：${esc(spec.site)}<br>联系我们 | 网站地图 | 隐私声明</div>`
        : '<div class="footer">主办单位：省民政厅 网站标识码：1300000000 备案号：冀ICP备00000000号<br>联系我们 | 网站地图 | 隐私声明</div>'
      : '',
    '</body></html>',
  ].join('\n');
}
