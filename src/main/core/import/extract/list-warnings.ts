/**
 * Warnings about a list as a whole: gaps in its numbering, a stated count that differs
 * from what was found, prose spliced between its items.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { exampleCount, statedCount } from './counts';
import { countedByOwnGroup } from './group-counted-lists';
import { headingBatchCount } from './heading-batch-count';
import { roundCountAboveGroups, roundCountAboveHeading } from './round-heading-count';
import { withoutRunningTotals } from './running-totals';
import { citedRoundShared, listClause, scopeCount } from './share-counts';
import type { ListDraft } from './drafts';
import type { ListContext } from './list-context';
import { toKey } from './text-key';

/** Staff read "缺少第3项" for one item and "缺少第6至7项" for a run, not "从3到3". */
function gapMessage(from: number, to: number): string {
  return from === to ? `序号缺少第${from}项` : `序号缺少第${from}至${to}项`;
}

export function numberingGaps(list: ListDraft): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const seqs = list.items.map((it) => it.seq).filter((s): s is number => s !== null);
  let prev: number | null = null;
  for (const seq of seqs) {
    const expected = prev === null ? 1 : prev + 1;
    if (seq > expected && (prev !== null || list.layout !== 'sentence')) {
      out.push({
        code: 'numbering_gap',
        message: gapMessage(expected, seq - 1),
        from: expected,
        to: seq - 1,
      });
    }
    if (prev === null || seq > prev) prev = seq;
  }
  return out;
}

export function countMismatches(
  list: ListDraft,
  ctx: ListContext,
  fallbackKey: string | null,
  docKey = '',
): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  if (list.layout === 'writeup') return out;
  // "河北省（2个）：…" counts one group of the list, not the whole: it states no total.
  const withoutGroupCounts = (k: string) =>
    k.replace(/[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*个\s*[)）]\s*[:：]/g, '');
  const found = list.items.length;
  const groupCounted = (list.categories ?? []).some((c) => c.stated !== null);
  // A list counted by its groups opens on its first group's heading ("忻州市（17家）").
  const opening = groupCounted
    ? Math.min(list.start, ...(list.categories ?? []).map((c) => c.start))
    : list.start;
  // A list that counts its own groups ("…3城区，…等22社区") states its total only before it.
  // A list in prose is counted first by its own sentence ("共入选2个案例，分别为…"), not by
  // the batch the paragraph told of before it ("850个案例…评选出30个"); a total in that
  // sentence followed by the share the list is ("公布36个…，甲市、乙市位列其中") counts no list.
  const clause = listClause(docKey, list);
  const own =
    list.layout === 'sentence' && !groupCounted
      ? (scopeCount(openingSentence(list, docKey), clause, list.items.length) ??
        countBeforeEnumeration(list, docKey))
      : null;
  // "全省共评选出10个…。我市某中心《…》被评为…": a list told as the story's own place's share
  // is counted only by its own sentence; a total told before it is the wider round's.
  const share = own === null && list.layout === 'sentence' && tellsOwnShare(list, docKey);
  const counted =
    own ?? (share ? 'share' : scopeCount(withoutGroupCounts(ctx.scope), clause, list.items.length));
  const stated =
    counted === 'share'
      ? null
      : (counted ??
        // A list counted by its groups states no total in their words; the round the heading
        // over its first group names may, above it (…等238家…为“某示范家庭农场”).
        (groupCounted
          ? roundCountAboveGroups(docKey, opening)
          : (statedCount(withoutRunningTotals(withoutGroupCounts(ctx.intro))) ??
            firstExampleCount(list, docKey) ??
            (fallbackKey ? statedCount(withoutRunningTotals(fallbackKey)) : null) ??
            roundCountAboveHeading(docKey, ctx.heading, ctx.scope, list.start) ??
            headingBatchCount(ctx.heading))));
  const categorised = (list.categories ?? []).flatMap((c) =>
    c.stated === null ? [] : [{ ...c, stated: c.stated }],
  );
  for (const cat of categorised) {
    // "北京市某社区等999个社区为…。某省25个社区上榜": the examples cite the round, not this list.
    if (cat.examples && citedRoundShared(docKey, cat.start, cat.stated)) continue;
    if (cat.stated !== cat.found) {
      out.push({
        code: 'count_mismatch',
        message: `${cat.name ? `“${cat.name}”` : '名单'}注明${cat.stated}个，实际列出${cat.found}个`,
        category: cat.name,
        stated: cat.stated,
        found: cat.found,
      });
    }
  }
  // A total the groups' own counts do not add up to means whole groups are missing.
  const groupSum = categorised.reduce((a, c) => a + (c.stated ?? 0), 0);
  const statedTotal =
    list.sibling === undefined &&
    (categorised.length === 0 || (stated !== null && stated !== groupSum))
      ? stated
      : null;
  if (
    statedTotal !== null &&
    statedTotal !== found &&
    // The first group's own count ("忻州市（17家）") is no clause counting the whole list.
    !countedByOwnGroup(
      docKey,
      opening,
      statedTotal,
      found,
      list.items.map((it) => `${it.regionText ?? ''}${it.unit ?? ''}${it.title}`),
    )
  ) {
    out.push({
      code: 'count_mismatch',
      message: `通知称共${statedTotal}个，${whichList(list)}实际列出${found}个`,
      stated: statedTotal,
      found,
    });
  }
  return out;
}

/**
 * The list the count was taken of, in words the reader can find: its numbers (第1至27项), or
 * its first entry. A notice may hold other lists whose records are not in this count, so
 * the bare "实际列出23个" beside the notice's 31 records could not be checked.
 */
function whichList(list: ListDraft): string {
  const seqs = list.items.map((i) => i.seq).filter((s): s is number => s !== null);
  if (seqs.length > 1) return `该名单（第${Math.min(...seqs)}至${Math.max(...seqs)}项）`;
  const first = list.items[0];
  const name = [...(first?.regionText ?? first?.title ?? '')];
  if (name.length === 0) return '该名单';
  return `该名单（自“${name.length > 12 ? `${name.slice(0, 12).join('')}…` : name.join('')}”起）`;
}

/** The story's own place opening a sentence ("我市…", "其中，本县…"). */
const OWN_PLACE_LEAD = /^\s*(?:其中[，,]?\s*)?(?:我|本)(?:省|市|州|县|区|盟|旗)/;

/** The words of the sentence that opens the list, before its first entry. */
function openingSentence(list: ListDraft, docKey: string): string {
  const before = docKey.slice(Math.max(0, list.start - 200), list.start);
  const from = Math.max(...['。', '；', ';', '\n', '！', '？'].map((c) => before.lastIndexOf(c)));
  return before.slice(from + 1);
}

/**
 * "我省共有4家某示范园。分别是甲、乙、丙、丁": a sentence that only enumerates ("分别是…",
 * "分别为…") names what the sentence before it counted, however that sentence words its count.
 */
const COUNT_THEN_ENUMERATION = new RegExp(
  `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|家|项|处)[^。；;！？!?\\n0-9]{0,30}[。；;]\\s*(?:其中[，,]?\\s*)?分别(?:是|为)\\s*[:：]?\\s*$`,
);

function countBeforeEnumeration(list: ListDraft, docKey: string): number | null {
  const m = COUNT_THEN_ENUMERATION.exec(docKey.slice(Math.max(0, list.start - 80), list.start));
  const n = m ? parseNumber(m[1] ?? '') : null;
  return n !== null && n >= 2 && n <= 2000 ? n : null;
}

/** Whether the sentence that opens the list starts with the story's own place. */
function tellsOwnShare(list: ListDraft, docKey: string): boolean {
  return OWN_PLACE_LEAD.test(
    openingSentence(list, docKey) + docKey.slice(list.start, list.start + 4),
  );
}

function firstExampleCount(list: ListDraft, docKey: string): number | null {
  const first = list.items[0];
  if (!docKey || !first) return null;
  const byPlace = exampleCount(docKey, toKey(first.regionText ?? first.title));
  // A table's place column may hold only the city written short ("自贡") while the count cites
  // the entry by its own name ("…盐都植物园森林康养基地等15处"): the name is tried then.
  return (
    byPlace ?? (first.regionText && first.title ? exampleCount(docKey, toKey(first.title)) : null)
  );
}

export function interleavedWarnings(list: ListDraft, text: string): NoticeWarning[] {
  return (list.interleaved ?? []).map((r) => ({
    code: 'interleaved_text',
    message: `第${r.afterSeq ?? '?'}项与第${r.beforeSeq ?? '?'}项之间夹有无关文字：“${text.slice(r.start, r.start + 16)}…”`,
    afterSeq: r.afterSeq,
    beforeSeq: r.beforeSeq,
    start: r.start,
    end: r.end,
  }));
}
