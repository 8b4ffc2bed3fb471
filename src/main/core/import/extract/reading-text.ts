/**
 * The text the extractor reads, made from the notice's raw text without losing the way
 * back: conversion junk is dropped (pinyin a converter left after a character, 實(shí)驗 →
 * 實驗, 東(dong) 城區 → 東城區; the space a list pads a two-character county with to line it
 * up with longer names, 沙 县 → 沙县), so is the layout a copy of a PDF carries in its text
 * (characters spaced one apart, page-number lines), so is a forum's anti-copy junk
 * (forum-junk.ts) and a table border's bar closing a line (closing-bar.ts), and lines a PDF or a narrow copy wrapped at one width are joined again (by
 * the page's layout when the reader measured it, else by the width most lines reach), so a
 * name or a theme cut at a line end ("…实\n验区") reads whole, and a list run together into
 * one paragraph is one item a line again (inline-items.ts), names of one kind glued together
 * get their 、 back (shared-ending-names.ts). `origin[i]` is the raw offset
 * of reading character i; every span the extractor produces is mapped back through it, so
 * mentions still point into the raw text that is stored.
 */
import type { SourceFormat } from '../source-document';
import { isPageNumberLine } from '../readers/pdf-lines';
import { contentsPageRefs } from './contents-pages';
import { forumJunk } from './forum-junk';
import { gluedNamesApart } from './shared-ending-names';
import { itemsOnTheirLines } from './inline-items';
import { LINE_BULLET } from './line-bullets';
import { NOTE_MARK } from './note-marks';
import { CLOSING_BAR } from './closing-bar';
import { readNumbering } from './numbering';
import { PROVINCE_PADDING } from './province-padding';
import { pageBreakSpan, runningHeaderLines } from './page-break';
import { spaceTablesAsTabs } from './space-table';

export interface ReadingText {
  text: string;
  /** Raw offset of each reading character, plus one entry for the end. */
  origin: number[];
  /** The raw text is the reading text (nothing was dropped or joined). */
  identity: boolean;
}

/**
 * A parenthesised pinyin syllable with a tone mark, right after a CJK character, or at the head
 * of a line a PDF wrapped between the character and its syllable ("…結\n(jié)果…").
 */
const PINYIN_JUNK =
  /(?<=[\u3400-\u9fff]\r?\n?)[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*[)）]/g;

/**
 * The same without tone marks, as another converter leaves it: a bracketed syllable and a
 * space inside a word, between two characters (東(dong) 城區, 個(ge) 社區 → 東城區, 個社區), or
 * before a number the sentence goes on with (為(wei) 2023年 → 為2023年).
 * Only a syllable of two letters or more with a vowel, followed by the space and another character, so that a
 * bracketed Latin note or list mark elsewhere stays.
 */
const BARE_PINYIN_JUNK =
  /(?<=[\u3400-\u9fff])\((?=[a-z]{0,5}[aeiouv])[a-z]{2,6}\)[ \u3000](?=[\u3400-\u9fff0-9])/;

/**
 * The space inside a two-character county name padded to the width of three-character ones
 * ("沙 县", "勉　县" at the head of a line or after a separator): aligned lists print one,
 * and a name cut in two reads as no place at all.
 */
const COUNTY_PADDING =
  /(?<=(?:^|[\s：:、，,；;（(])[\u4e00-\u9fff])[ \u3000]{1,3}(?=[县縣区區旗](?:$|[\s：:、，,；;）)]))/;

/**
 * A censor's mask set apart by spaces inside a name (宁夏 *** 自治区盐池县, as sites mask ethnic
 * words): read as a gap, so the name is not cut in two; what is left of the masked word up to
 * 自治区 goes with it, the region's short name before the mask naming it. A mask with no
 * spaces around it (达到****件) stays and is warned of as masked text.
 */
const MASK_GAP =
  /(?<=[\u4e00-\u9fff])[ \u3000]+[*＊]{2,}[ \u3000]+(?:[\u4e00-\u9fff]{0,3}?自治区)?(?=[\u4e00-\u9fff])/;

/**
 * A censor's mask standing for an autonomous region's whole name at the head of an entry
 * ("…,*自治区昭苏县。", as mirrors mask 新疆): the region is unknown, the place after it is read
 * as written alone, which its name places when it is unique.
 */
const MASKED_REGION = /(?<=^|[，,、；;：:\s])[*＊]{1,4}自治区(?=[\u4e00-\u9fff]{2})/;

/**
 * The first character of every junk kind above: a bracket (pinyin), a space (padding, a
 * mask's gap, a bullet's indent), an asterisk (a mask, a note mark) or a bullet. Asked first
 * as a lookahead, so a position where no junk can start fails at once instead of trying each
 * kind's lookbehind in turn (most of the text). A new kind starting otherwise goes in here.
 */
export const JUNK_START = /[ \u3000(（*＊●•◆■◇★☆▪►▶◎]/;

const DROPPED = new RegExp(
  `(?=${JUNK_START.source})(?:${PINYIN_JUNK.source}|${BARE_PINYIN_JUNK.source}|${COUNTY_PADDING.source}|${PROVINCE_PADDING}|${MASK_GAP.source}|${MASKED_REGION.source}|${LINE_BULLET.source}|${NOTE_MARK.source}|${CLOSING_BAR.source})`,
  'gm',
);

/** Punctuation inside a line of running text (a sentence or an enumeration). */
const RUNNING_TEXT = /[，,、；;。：:]/;
/** Punctuation that breaks a sentence into clauses; a headline or a byline has none. */
const CLAUSE_BREAK = /[，,、；;。]/;
/** A list line headed by its label ("青禾县：…"), which lines of one list share. */
const LABEL_HEAD = /^[^，,、；;。：:\s]{1,12}[：:]/;

/** Endings after which a line break is a real one (a sentence, a label, a list item). */
const HARD_END = /[。！？!?；;：:）)」』”]$/;

interface Piece {
  text: string;
  at: number;
}

/** Two CJK characters with one space between them, and two side by side. */
const SPACED_PAIR = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;
const TIGHT_PAIR = /[\u3400-\u9fff](?=[\u3400-\u9fff])/g;

/**
 * Layout a copy carries in its text: page numbers of a copied PDF, and the spaces a PDF's
 * text extraction put between the characters of a justified line ("北 京 市 海 淀 区"): in a
 * line where most neighbouring characters stand one space apart, such a space is layout, not
 * a word break. A list that separates whole names by spaces has far
 * more characters side by side, and a wider gap (two spaces or more) is left alone.
 */
function layoutJunk(raw: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  const lines = raw.split('\n');
  const headers = runningHeaderLines(lines);
  let start = 0;
  lines.forEach((line, i) => {
    // A page number a copied PDF kept ("— 3 —", "第3页 共5页") goes with its line break, so
    // a list or a wrapped paragraph reads on across the page; so does the notice's first
    // line repeated at the page's head where the text runs on across it.
    if (isPageNumberLine(line, false) || headers.has(i)) {
      out.push(pageBreakSpan(raw, lines, i, start));
      start += line.length + 1;
      return;
    }
    const spaced = [...line.matchAll(SPACED_PAIR)];
    const tight = line.match(TIGHT_PAIR)?.length ?? 0;
    if (spaced.length >= 2 && spaced.length > tight)
      for (const m of spaced) out.push({ at: start + m.index, length: 1 });
    start += line.length + 1;
  });
  return out;
}

function dropJunk(raw: string): Piece[] {
  const drops = [
    ...[...raw.matchAll(DROPPED)].map((m) => ({ at: m.index, length: m[0].length })),
    ...layoutJunk(raw),
    ...forumJunk(raw),
    ...contentsPageRefs(raw),
  ].sort((a, b) => a.at - b.at);
  const pieces: Piece[] = [];
  let from = 0;
  for (const d of drops) {
    if (d.at < from) continue;
    pieces.push({ text: raw.slice(from, d.at), at: from });
    from = d.at + d.length;
  }
  pieces.push({ text: raw.slice(from), at: from });
  return pieces;
}

/**
 * The page width in characters: the length most long lines reach. Only a text whose long
 * lines end at nearly the same length was wrapped by a layout (PDF); paragraphs of a Word
 * file or a web page vary freely and are left alone.
 */
function wrapWidth(lines: string[], format: SourceFormat | undefined): number | null {
  const lengths = lines
    .filter((l) => !l.includes('\t'))
    .map((l) => l.trim().length)
    .filter((n) => n >= 16)
    .sort((a, b) => b - a);
  if (lengths.length < 3) return null;
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.2))] ?? 0;
  if (laidOut(format)) {
    const full = lengths.filter((n) => n >= width - tolerance(width) && n <= width + 6).length;
    // Two lines ending at the same width are the page's width (a PDF wraps, it never pads).
    return full >= 2 ? width : null;
  }
  // Other formats keep their line breaks unless most lines stop at exactly one width.
  const exact = lengths.filter((n) => Math.abs(n - width) <= 1).length;
  if (width >= 30 && exact >= Math.max(8, Math.ceil(lengths.length * 0.6))) return width;
  // A narrower copy (a phone's or a pasted PDF's width) wraps running text too: the lines at
  // the width carry the text's punctuation inside them, where a list of names one a line
  // whose lengths happen to agree carries none, and lines headed by a label ("青禾县：…") or
  // by their number ("5. 某市某区：…", a list whose items happen to be as long) are a list's
  // own lines.
  // A label-headed row at the width whose next line is no row of its own (no label, no
  // number, not set in) was cut there: a list's rows each open with their label.
  const cutRow = (t: string, next: string): boolean =>
    LABEL_HEAD.test(t) &&
    /^\S/.test(next) &&
    !LABEL_HEAD.test(next.trim()) &&
    readNumbering(next.trim()) === null &&
    RUNNING_TEXT.test(t.slice(1, -1));
  const running = lines.filter((l, i) => {
    const t = l.trim();
    return (
      Math.abs(t.length - width) <= 1 &&
      (cutRow(t, lines[i + 1] ?? '') ||
        (!LABEL_HEAD.test(t) && readNumbering(t) === null && RUNNING_TEXT.test(t.slice(1, -1))))
    );
  }).length;
  // No line of running text in a wrapped copy runs past its width (a few digits aside, which
  // take half a character's width); its paragraphs' last lines are shorter, so fewer need to
  // reach it. A headline or a byline kept on one line (the title of a pasted article, "日期
  // 记者 某某") carries no clause break and is no running text.
  const over = lines.filter((l) => {
    const t = l.trim();
    return t.length > width + 3 && !t.includes('\t') && CLAUSE_BREAK.test(t);
  }).length;
  return width >= 16 &&
    over === 0 &&
    exact >= Math.max(3, Math.ceil(lengths.length * 0.4)) &&
    running >= Math.ceil(exact * 0.6)
    ? width
    : null;
}

/** Page-description formats whose lines come from positioned glyphs (PDF, OFD). */
const laidOut = (format: SourceFormat | undefined): boolean => format === 'pdf' || format === 'ofd';

const tolerance = (width: number): number => Math.max(3, Math.round(width * 0.12));

/**
 * How much of a copy's width a line of plain text takes: its indent too (a full-width space
 * one character, a space half of one), since a narrow copy wraps at the page's edge, not at
 * the text's.
 */
function spanOf(line: string, format: SourceFormat | undefined): number {
  const t = line.trim();
  if (laidOut(format)) return t.length;
  const indent = /^[ \u3000]*/.exec(line)?.[0] ?? '';
  return t.length + [...indent].reduce((n, ch) => n + (ch === ' ' ? 0.5 : 1), 0);
}

function joins(
  line: string,
  next: string | undefined,
  width: number,
  format: SourceFormat | undefined,
): boolean {
  const t = line.trim();
  if (next === undefined || spanOf(line, format) < width - tolerance(width) || line.includes('\t'))
    return false;
  // A narrow copy's wrapped line goes on at the page's edge; a next line set in deeper (an
  // aligned list's next row under its label) starts anew. A PDF's own text indents as it lays out.
  const indent = (l: string): number => spanOf(l, format) - l.trim().length;
  if (!laidOut(format) && indent(next) > indent(line)) return false;
  // A row headed by its label ("某县：…") opens anew, whatever the line above it reached.
  if (!laidOut(format) && LABEL_HEAD.test(next.trim())) return false;
  return continuesInto(t, next);
}

/**
 * A wrapped line goes on in the next unless it ended a sentence or the next is numbered. A
 * row headed by its label that reaches the page's edge ("蜀山区：甲社区、…、乙社区") ends there,
 * in a PDF's layout too, when the next row opens with its own label ("包河区：…") or when the
 * row's last entry is whole (a community, village or township) with no separator after it: a
 * run of entries wraps after its 、 or inside a name.
 */
function continuesInto(line: string, next: string | undefined): boolean {
  const n = next?.trim() ?? '';
  const t = line.trim();
  if (n === '' || next?.includes('\t') || line.includes('\t') || HARD_END.test(t)) return false;
  // A page's source or date line under a headline that fills the width opens anew.
  if (SOURCE_LINE.test(n)) return false;
  if (LABEL_HEAD.test(t) && (LABEL_HEAD.test(n) || ENDS_ENTRY_RUN.test(t))) return false;
  return readNumbering(n) === null;
}

/** The word a unit's name closes with, which a line break may cut (三坝社 / 区). */
const UNIT_WORD_END = /(?:社区|居委会|村委会|委员会|街道|办事处)$/;

/**
 * A line that is nothing but the rest of a unit word cut at the line end before ("…、三坝社" then
 * "区"): whatever width the page gave that line, the two make one name and the line is joined.
 * The rest is shorter than the word, so the line before holds the word's head.
 */
function cutUnitWord(line: string, next: string | undefined): boolean {
  const t = line.trimEnd();
  const n = next?.trim() ?? '';
  const word = UNIT_WORD_END.exec(t + n)?.[0];
  // The line is only the word's rest: a whole 社区 or 街道 alone is a line of its own (a table's
  // heading cell), not the end of a name cut before it.
  return n.length > 0 && n.length < (word?.length ?? 0) && !UNIT_WORD_END.test(t);
}

/** A page's own source, date or author line ("来源：某报 2023-02-24", "发布时间：…"). */
const SOURCE_LINE =
  /^(?:信息)?来源\s*[:：]|^(?:发布|发稿|更新)(?:时间|日期)\s*[:：]|^(?:作者|责任编辑)\s*[:：]/;

/** A run of entries joined by 、 whose last one is whole (…、某街道某社区). */
const ENDS_ENTRY_RUN = /、[^、，,；;。]*(村|社区|嘎查|居委会|镇|乡|街道)$/;

/**
 * `runsOn`: the raw offsets of the line ends a PDF's layout carries on into the next line
 * (ParagraphBlock.runsOn). Given, they decide which lines were wrapped; without them the
 * page width is guessed from the lines' lengths.
 */
export function readingText(
  raw: string,
  format?: SourceFormat,
  runsOn?: ReadonlySet<number>,
): ReadingText {
  const text: string[] = [];
  const origin: number[] = [];
  /** `s` from the joined text's offset `at` on: one string, each character's raw offset. */
  const pushFrom = (s: string, at: number): void => {
    text.push(s);
    for (let k = 0; k < s.length; k++) origin.push(joinedOrigin[at + k] ?? 0);
  };
  const pieces = dropJunk(raw);
  let joined = '';
  let joinedOrigin: number[] = [];
  for (const p of pieces) {
    joined += p.text;
    for (let i = 0; i < p.text.length; i++) joinedOrigin.push(p.at + i);
  }
  // Tables lined up with spaces read as TAB rows; PDF lines carry the reader's own gaps.
  if (!laidOut(format)) {
    const tabbed = spaceTablesAsTabs(joined);
    joinedOrigin = tabbed.origin.map((k) => joinedOrigin[k] ?? raw.length);
    joined = tabbed.text;
  }
  // A list run together into one paragraph reads one item a line again.
  const itemLines = itemsOnTheirLines(joined);
  if (itemLines.text !== joined) {
    joinedOrigin = itemLines.origin.map((k) => joinedOrigin[k] ?? raw.length);
    joined = itemLines.text;
  }
  const lines = joined.split('\n');
  const width = runsOn ? null : wrapWidth(lines, format);
  let at = 0;
  lines.forEach((line, i) => {
    const body = line.replace(/\r$/, '');
    const isLast = i === lines.length - 1;
    const rawEnd = body.length > 0 ? (joinedOrigin[at + body.length - 1] ?? -1) + 1 : -1;
    const wrapped =
      (runsOn
        ? runsOn.has(rawEnd) && continuesInto(body, lines[i + 1])
        : width !== null && joins(body, lines[i + 1], width, format)) ||
      cutUnitWord(body, lines[i + 1]);
    if (wrapped) {
      // Keep the line without its trailing spaces; the next one loses its indent below.
      const kept = body.replace(/\s+$/, '');
      pushFrom(kept, at);
      at += line.length + 1;
      const lead = (lines[i + 1] ?? '').length - (lines[i + 1] ?? '').trimStart().length;
      lines[i + 1] = (lines[i + 1] ?? '').slice(lead);
      at += lead;
      return;
    }
    pushFrom(line, at);
    at += line.length;
    if (!isLast) {
      text.push('\n');
      origin.push(joinedOrigin[at] ?? raw.length);
      at += 1;
    }
  });
  origin.push(raw.length);
  // Names of one kind run together with no separator get their 、 back (shared-ending-names.ts).
  const apart = gluedNamesApart(text.join(''));
  const out = apart.text;
  const outOrigin = apart.origin.map((k) => origin[k] ?? raw.length);
  return { text: out, origin: outOrigin, identity: out === raw };
}

/** The raw span of a reading span. */
export function rawSpan(
  rt: ReadingText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (rt.identity) return { start, end };
  const s = rt.origin[Math.max(0, Math.min(start, rt.origin.length - 1))] ?? 0;
  // The end maps from the last character inside the span, so a dropped piece after it stays out.
  const last = end > start ? (rt.origin[Math.min(end - 1, rt.origin.length - 1)] ?? s) + 1 : s;
  return { start: s, end: last };
}
