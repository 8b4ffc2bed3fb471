/**
 * A workbook's own title (the title its properties give the file) names the whole file: its
 * first sheet's title row names only that sheet's list ("…示范乡镇名单（四川6个）" in a file
 * titled "…示范村镇名单（四川）"), and a workbook whose sheets hold no prose may have no line
 * that reads as a title at all. A default name a spreadsheet program gives (Sheet1, 工作簿1)
 * or a line that does not read as a heading names nothing.
 */
import type { SourceDocument } from '../source-document';
import { toKey, type KeyedText } from './text-key';
import type { TitlePick } from './title';

const WORKBOOKS: ReadonlySet<string> = new Set(['xlsx', 'xls', 'ods']);
const DEFAULT_NAME = /^(?:sheet|book|工作簿|工作表|新建|无标题|未命名|untitled|microsoft|wps)/i;
/** A heading's length, and no sentence's or a field label's ending. */
const HEADING = /^[^\t]{6,90}$/;
const OPEN_END = /[。；;，,:：]$/;

export function workbookTitle(source: SourceDocument, doc: KeyedText): TitlePick | null {
  const title = source.hints?.title?.trim();
  if (!WORKBOOKS.has(source.format) || !title) return null;
  if (DEFAULT_NAME.test(title) || !HEADING.test(title) || OPEN_END.test(title)) return null;
  // The title row that repeats it, when a sheet has one: the title as the file writes it there.
  const key = toKey(title).replace(/\s+/g, '');
  const line = doc.lines.find((l) => l.key.replace(/\s+/g, '') === key);
  return line
    ? { title: line.raw.trim(), start: line.start, end: line.end, line: line.index }
    : { title, start: 0, end: 0, line: -1 };
}
