/**
 * extractNotice: one SourceDocument → metadata, records and rules, every value with
 * the span it came from, plus warnings for what looks wrong. Pure and synchronous; it
 * never throws on odd text (malformed dates become null, unknown layouts yield no records).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { SourceDocument } from '../source-document';
import { findDocNumbers, docNoSuspicion } from './doc-number';
import type { ListDraft } from './drafts';
import { findIssueDate } from './issue-date';
import { issuerFromSignature, issuerFromSource, issuerFromTitle } from './issuer';
import { contextOf } from './list-context';
import { recordsFromLists } from './list-records';
import { noticePlace } from './notice-place';
import { detectLists } from './lists';
import { noticeKind } from './notice-kind';
import { programmeIn } from './programme';
import { provinceAt } from './provinces';
import { heuristicRegionLookup } from './region-heuristic';
import { extractRules } from './rules';
import { duplicatePassages } from './text-warnings';
import { keyText, toKey, type KeyedText } from './text-key';
import { pickTitle, titleRelatedness } from './title';
import { readingText } from './reading-text';
import { toRawSpans } from './raw-spans';
import type { ExtractedNotice, RegionLookup } from './types';

export type {
  ExtractedNotice,
  ExtractedRecord,
  NoticeRule,
  RegionLookup,
  NoticeMetadata,
  NoticeKind,
} from './types';
export { heuristicRegionLookup } from './region-heuristic';

export interface ExtractOptions {
  fileName: string;
  regions?: RegionLookup;
}

/** Below this share of its words echoed by the body, a title-like first line is someone else's heading. */
const MIN_RELATEDNESS = 0.5;

function docNumber(
  doc: KeyedText,
  titleEnd: number,
): ReturnType<typeof findDocNumbers>[number] | null {
  const standalone = findDocNumbers(doc.key, doc.text).filter((d) => {
    const line = doc.lines.find((l) => l.start <= d.index && d.index <= l.end);
    return !!line && line.trimmed.replace(/\s/g, '').length <= d.raw.replace(/\s/g, '').length + 6;
  });
  return standalone.find((d) => d.index >= titleEnd) ?? standalone[0] ?? null;
}

function inferProvince(lists: ListDraft[], lookup: RegionLookup): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const list of lists) {
    for (const it of list.items) {
      if (!it.regionText) continue;
      total++;
      const p = lookup.provinceOf?.(it.regionText) ?? null;
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && total >= 2 && top[1] / total >= 0.8 ? top[0] : null;
}

export function extractNotice(source: SourceDocument, opts: ExtractOptions): ExtractedNotice {
  const lookup = opts.regions ?? heuristicRegionLookup;
  const reading = readingText(source.text ?? '', source.format);
  const doc = keyText(reading.text);
  const warnings: NoticeWarning[] = [];

  // Title, with the check that it belongs to this text.
  let pick = pickTitle(doc, source.hints?.title);
  if (pick && doc.text.length > 300 && titleRelatedness(doc, pick) < MIN_RELATEDNESS) {
    warnings.push({
      code: 'mismatched_heading',
      message: `标题“${pick.title}”与正文内容不符，疑为无关标题`,
      heading: pick.title,
      start: pick.start,
      end: pick.end,
    });
    pick = null;
  }
  const title = pick?.title ?? null;
  const titleEnd = pick?.end ?? 0;
  const issuer = issuerFromTitle(title) ?? issuerFromSignature(doc) ?? issuerFromSource(doc);
  const dn = docNumber(doc, titleEnd);
  if (dn) {
    const why = docNoSuspicion(dn, issuer);
    if (why) warnings.push({ code: 'suspicious_doc_no', message: why, docNo: dn.raw });
  }
  const titleYear = title ? /((?:19|20)\d{2})/.exec(title)?.[1] : undefined;
  const yearHint = dn?.year ?? (titleYear ? Number(titleYear) : null);
  const issuedOn = findIssueDate(doc, titleEnd, yearHint, source.hints?.date);

  // Lists and their records.
  const keepNameList = (list: ListDraft): boolean => {
    const ctx = contextOf(doc, list, new Set());
    const names = list.items.every((it) => it.title.length <= 40 && !/[。；]/.test(it.title));
    return (
      names &&
      (/名单|如下|具体为|分别是|分别为/.test(ctx.intro) || /名单|名录/.test(ctx.heading ?? ''))
    );
  };
  const { lists, listLines } = detectLists(doc, lookup, keepNameList);
  const place = noticePlace(title, issuer, lookup);
  const writtenProvince =
    provinceAt(toKey(issuer ?? '')) ??
    (title ? provinceAt(toKey(title)) : null) ??
    (place?.province ? provinceAt(toKey(place.province)) : null);
  const inferred = writtenProvince ? null : inferProvince(lists, lookup);
  const province = writtenProvince?.info.name ?? inferred;
  const noticeProgramme =
    programmeIn(title, province) ?? programmeIn(doc.key.slice(0, 2000), province);
  const noticeYear =
    noticeProgramme?.year ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : (dn?.year ?? null));

  const fromLists = recordsFromLists(doc, lists, listLines, {
    title,
    province,
    place,
    programme: noticeProgramme,
    year: noticeYear,
  });
  const records = fromLists.records;
  const writeupRecords = fromLists.writeupRecords;
  warnings.push(...fromLists.warnings);
  warnings.push(...duplicatePassages(doc));
  const rules = extractRules(doc);
  const regionRecords = records.filter((r) => r.kind !== 'other').length;
  const kind = noticeKind(
    records,
    regionRecords ? writeupRecords / regionRecords : 0,
    rules,
    title,
  );
  // Never silent: a notice that yields nothing says so, unless it is a rules-only notice.
  if (records.length === 0 && kind !== 'rules' && kind !== 'application_notice')
    warnings.push({
      code: 'no_records',
      message:
        '未在这份通知中找到名单条目（实验区、案例、观察点或其他名单）。如果通知里有名单，请检查文件是否完整，或在导入后手工补录',
    });

  return toRawSpans(reading, {
    fileName: opts.fileName,
    metadata: {
      title,
      titleSpan: pick ? { start: pick.start, end: pick.end } : null,
      issuer,
      docNo: dn?.normalised ?? null,
      docNoRaw: dn?.raw ?? null,
      issuedOn,
      kind,
      province,
      provinceInferred: inferred !== null,
      programme: noticeProgramme?.name ?? null,
      year: noticeYear,
      batch: noticeProgramme?.batch ?? null,
    },
    records,
    rules,
    warnings: mergeWarnings(warnings),
  });
}

/** Item warnings of one code are also summarised once per notice with their seqs. */
function mergeWarnings(list: NoticeWarning[]): NoticeWarning[] {
  const perItem = new Set(['masked_text', 'nonstandard_region', 'region_unresolved']);
  const out: NoticeWarning[] = [];
  const grouped = new Map<string, NoticeWarning>();
  for (const w of list) {
    if (!perItem.has(w.code)) {
      out.push(w);
      continue;
    }
    const g = grouped.get(w.code);
    if (g) {
      (g.seqs as (number | null)[]).push((w.seq as number | null) ?? null);
      g.message = `${g.message.split('：')[0]}：共${(g.seqs as unknown[]).length}项`;
    } else {
      const merged: NoticeWarning = { ...w, seqs: [(w.seq as number | null) ?? null] };
      delete merged.seq;
      grouped.set(w.code, merged);
      out.push(merged);
    }
  }
  return out;
}
export { gazetteerRegionLookup } from './gazetteer-adapter';
