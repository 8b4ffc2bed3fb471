/**
 * The 标题 cell of the notices list. A notice whose title the importer did not find is named
 * by what it is (its issuer and date, or its first line, notice-name.ts) with its file name
 * after it, and marked 标题未识别: the clerk types the title into the cell (F2, a double-click
 * or just typing), one undoable edit of the notice.
 */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { NoticeOverview } from '../../../../shared/domain';
import { untitledNoticeName } from '../../../../shared/notice-name';

export const UNTITLED_HINT = '标题未识别：双击、按 F2 或直接输入，填写这份通知的标题（可撤销）';

/** What the cell says of a notice, as text: for sorting, filtering and the tooltip. */
export function noticeTitleText(n: NoticeOverview | undefined): string {
  if (!n) return '';
  if (n.title) return n.title;
  const name = untitledNoticeName(n);
  return name ? `${name}（${n.file}）` : n.file;
}

export function NoticeTitleCell(p: CustomCellRendererProps<NoticeOverview>) {
  const n = p.data;
  if (!n) return null;
  if (n.title) return <>{n.title}</>;
  const name = untitledNoticeName(n);
  return (
    <span className="notice-untitled" data-testid="notice-untitled">
      <span className="notice-untitled-mark">标题未识别</span>
      {name && <span className="notice-untitled-name">{name}</span>}
      <span className="notice-untitled-file">{n.file}</span>
    </span>
  );
}
