/**
 * The notice's date, best evidence first: 成文日期, a date alone on a signature line at
 * the end, a labelled publication date (发布时间：2020/12/31) nearest after the title,
 * a news dateline (新华社北京3月18日电) with the year from context, the container's hint.
 */
import { findDates, isoDate, parseMonthDay } from './dates';
import type { KeyedText } from './text-key';

const ORGAN_LINE = /(部|厅|局|委员会|政府|办公厅|办公室|处|中心|[)）])$/;
const LABELLED = /(成文日期|发文日期|印发日期|发布时间|发布日期|时间|日期)\s*[:：]?\s*/g;
const DATELINE =
  /[\u4e00-\u9fff]{2,8}?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,3}|[一二三四五六七八九十]{1,3})日电/;

function labelled(doc: KeyedText, label: RegExp, after: number): string | null {
  let best: { iso: string; dist: number } | null = null;
  for (const m of doc.key.matchAll(label)) {
    const at = (m.index ?? 0) + m[0].length;
    const date = findDates(doc.key.slice(at, at + 24))[0];
    if (!date || date.index !== 0 || !date.iso) continue;
    const dist = at >= after ? at - after : 1e6 + (after - at);
    if (!best || dist < best.dist) best = { iso: date.iso, dist };
  }
  return best?.iso ?? null;
}

/** A date alone on its line: after a signature line (民政部 / 2019年3月25日), or the last one. */
function signatureDate(doc: KeyedText): string | null {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  let last: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.trimmed ?? '';
    if (t.length > 24) continue;
    const d = findDates(t)[0];
    if (!d || !d.iso || t.replace(/\s/g, '').length - d.length > 4) continue;
    const prev = lines[i - 1]?.trimmed ?? '';
    if (prev.length <= 30 && ORGAN_LINE.test(prev)) return d.iso;
    last = d.iso;
  }
  return last;
}

function dateline(doc: KeyedText, yearHint: number | null): string | null {
  const m = DATELINE.exec(doc.key.slice(0, 2000));
  if (!m || yearHint === null) return null;
  const md = parseMonthDay(m[0].slice(m[0].search(/[0-9一二三四五六七八九十]+月/)));
  return md ? isoDate(yearHint, md.month, md.day) : null;
}

export function findIssueDate(
  doc: KeyedText,
  titleEnd: number,
  yearHint: number | null,
  hint?: string,
): string | null {
  const written = labelled(doc, /(成文日期|发文日期|印发日期)\s*[:：]?\s*/g, 0);
  if (written) return written;
  const signed = signatureDate(doc);
  if (signed) return signed;
  const published = labelled(doc, LABELLED, titleEnd);
  if (published) return published;
  const dl = dateline(doc, yearHint);
  if (dl) return dl;
  return hint ? (findDates(hint)[0]?.iso ?? null) : null;
}
