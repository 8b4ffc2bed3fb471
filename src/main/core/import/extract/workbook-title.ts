/**
 * A workbook's own title (the title its properties give the file) names the whole file: its
 * first sheet's title row names only that sheet's list ("…示范乡镇名单（四川6个）" in a file
 * titled "…示范村镇名单（四川）"), and a workbook whose sheets hold no prose may have no line
 * that reads as a title at all. A default name a spreadsheet program gives (Sheet1, 工作簿1)
 * or a line that does not read as a heading names nothing. Neither does a property a template
 * left from another file: a title of another year or batch than the sheet's own title row
 * ("2019年第一批…" over a sheet titled "2021年第二批…"). The sheet's title row, written for this
 * file's contents, wins over such a leftover. Words alone tell no leftover: a file's own title
 * may share few with a sheet headed by a headline ("…老年友好型社区拟命名名单（福建部分）" over
 * "福建35个社区入选").
 */
import type { SourceDocument } from '../source-document';
import { toKey, type KeyedText } from './text-key';
import type { TitlePick } from './title-line';

const WORKBOOKS: ReadonlySet<string> = new Set(['xlsx', 'xls', 'ods']);
const DEFAULT_NAME = /^(?:sheet|book|工作簿|工作表|新建|无标题|未命名|untitled|microsoft|wps)/i;
/** A heading's length, and no sentence's or a field label's ending. */
const HEADING = /^[^\t]{6,90}$/;
const OPEN_END = /[。；;，,:：]$/;
/** The round a title names: its years and batches. */
const ROUND = /(?:19|20)[0-9]{2}(?=年)|第[0-9一二三四五六七八九十]+批|首批/g;

/** `sheetTitle`: the title the sheets' own lines give, asked only for a workbook. */
export function workbookTitle(
  source: SourceDocument,
  doc: KeyedText,
  sheetTitle: () => string | null,
): TitlePick | null {
  const title = source.hints?.title?.trim();
  if (!WORKBOOKS.has(source.format) || !title) return null;
  if (DEFAULT_NAME.test(title) || !HEADING.test(title) || OPEN_END.test(title)) return null;
  const sheet = sheetTitle();
  if (sheet !== null && !sameRound(toKey(title), toKey(sheet))) return null;
  // The title row that repeats it, when a sheet has one: the title as the file writes it there.
  const key = toKey(title).replace(/\s+/g, '');
  const line = doc.lines.find((l) => l.key.replace(/\s+/g, '') === key);
  return line
    ? { title: line.raw.trim(), start: line.start, end: line.end, line: line.index }
    : { title, start: 0, end: 0, line: -1 };
}

/** Whether a property's title and a sheet's title row name one round: none differs. */
function sameRound(title: string, sheet: string): boolean {
  const rounds = (t: string) => new Set([...t.matchAll(ROUND)].map((m) => m[0]));
  const a = rounds(title);
  const b = rounds(sheet);
  return a.size === 0 || b.size === 0 || [...a].every((r) => b.has(r));
}
