/**
 * Provenance views: a record's panel (its mentions with the source sentence, related
 * records, its notice's warnings about it) and a notice's raw text with the spans of its
 * records. Both read the notice text exactly as imported, so what staff see highlighted is
 * what the notice said.
 */
import type Database from 'better-sqlite3';
import { liveRecord } from './live';
import type {
  NoticeDetail,
  NoticeOverview,
  NoticeSpan,
  NoticeWarning,
  PanelLink,
  PanelMention,
  PanelMerge,
  RecordKind,
  RecordPanelData,
} from '../../../shared/domain';
import { AppError } from '../../../shared/app-error';
import { noticeWarningsIn, parseNoticeWarnings, warningSeq } from '../../../shared/notice-warnings';
import { liveMerges } from './merges';
import { LINK_RELATION_LABELS } from '../../../shared/record-links';
import { toNotice } from './notices';
import { firstLineOf } from '../../../shared/notice-name';
import { storedNoticeNamer } from './notice-name';
import { warningChecks } from './warning-checks';
import { pageRecords } from './records';
import { goneRecordMessage } from './gone-record';
import { splitBlocker } from './mention-split';
import { fieldSources } from './field-sources';
import { placeName } from '../../../shared/place-name';
import { spansProvinces } from './spans-provinces';

export const RELATION_LABELS: Record<string, string> = {
  ...LINK_RELATION_LABELS,
  duplicate: '已判定为重复',
  not_duplicate: '已判定为不重复',
};

/** Cuts `context` characters either side of a span, stopping at paragraph breaks. */
export function snippet(raw: string, start: number, end: number, context: number) {
  const s = Math.max(0, Math.min(start, raw.length));
  const e = Math.max(s, Math.min(end, raw.length));
  let from = Math.max(0, s - context);
  let to = Math.min(raw.length, e + context);
  const lastBreak = raw.lastIndexOf('\n\n', s);
  if (lastBreak >= from) from = lastBreak + 2;
  const nextBreak = raw.indexOf('\n\n', e);
  if (nextBreak !== -1 && nextBreak < to) to = nextBreak;
  return {
    before: (from > 0 ? '…' : '') + raw.slice(from, s),
    text: raw.slice(s, e),
    after: raw.slice(e, to) + (to < raw.length ? '…' : ''),
  };
}

export function recordPanel(db: Database.Database, id: number, context = 80): RecordPanelData {
  const record = pageRecords(db, {
    filters: [{ field: 'id', join: 'AND', conditions: [{ op: 'equals', value: id }] }],
    offset: 0,
    limit: 1,
  }).rows[0];
  if (!record) throw new AppError('not_found', goneRecordMessage(db, id));
  const mentionRows = db
    .prepare(
      `SELECT m.id, m.record_id, m.original_record_id, m.joined, m.notice_id, m.seq, m.span_start, m.span_end, m.extracted, n.title, n.file, n.doc_no, n.raw_text, n.warnings
         FROM mentions m JOIN notices n ON n.id = m.notice_id
        WHERE m.record_id = ? AND n.withdrawn_at IS NULL ORDER BY n.issued_on, m.id`,
    )
    .all(id) as {
    id: number;
    record_id: number;
    original_record_id: number;
    joined: number;
    notice_id: number;
    seq: number | null;
    span_start: number;
    span_end: number;
    extracted: string;
    title: string | null;
    file: string;
    doc_no: string | null;
    raw_text: string;
    warnings: string;
  }[];
  const nameOf = storedNoticeNamer(db);
  const mentions: PanelMention[] = [];
  const warnings: (NoticeWarning & { noticeId: number })[] = [];
  for (const m of mentionRows) {
    const extracted: unknown = JSON.parse(m.extracted);
    const addedByHand =
      typeof extracted === 'object' &&
      extracted !== null &&
      Reflect.get(extracted, 'addedByHand') === true;
    mentions.push({
      mentionId: m.id,
      noticeId: m.notice_id,
      noticeTitle: nameOf(m.notice_id) ?? m.title,
      file: m.file,
      docNo: m.doc_no,
      seq: m.seq,
      start: m.span_start,
      end: m.span_end,
      // A row the reviewer added has no sentence: none is made up from the notice's opening.
      ...(addedByHand
        ? { before: '', text: '', after: '' }
        : snippet(m.raw_text, m.span_start, m.span_end, context)),
      addedByHand,
      splitBlocker: splitBlocker(db, {
        recordId: m.record_id,
        originalRecordId: m.original_record_id,
        joined: m.joined,
      }),
    });
    // The notice's warnings that name this item by 序号, plus what extraction flagged on it.
    const own = parseNoticeWarnings(m.warnings).filter(
      (w) => m.seq !== null && warningSeq(w) === m.seq,
    );
    const flagged = noticeWarningsIn(
      typeof extracted === 'object' && extracted !== null
        ? Reflect.get(extracted, 'warnings')
        : undefined,
    ).filter((w) => !own.some((o) => o.code === w.code && o.message === w.message));
    for (const w of [...own, ...flagged]) warnings.push({ ...w, noticeId: m.notice_id });
  }
  const noticeIds = new Set(mentionRows.map((m) => m.notice_id));
  const checks = warningChecks(db).filter((c) => noticeIds.has(c.noticeId));
  return {
    record,
    mentions,
    sources: fieldSources(db, id),
    links: linksOf(db, id),
    merges: mergesInto(db, id),
    warnings,
    checks,
  };
}

/** Merges this record survived that are still in effect, with the records folded into it. */
function mergesInto(db: Database.Database, id: number): PanelMerge[] {
  const merges = liveMerges(db).filter((m) => m.survivorId === id);
  if (merges.length === 0) return [];
  const read = db.prepare(
    'SELECT title, region_text, province, city, county, town FROM records WHERE id = ?',
  );
  const withProvince = spansProvinces(db);
  return merges.map((m) => ({
    opId: m.opId,
    at: m.at,
    merged: m.mergedIds.map((mid) =>
      namedMerged(mid, read.get(mid) as MergedRow | undefined, withProvince),
    ),
  }));
}

type MergedRow = Record<
  'title' | 'region_text' | 'province' | 'city' | 'county' | 'town',
  string | null
>;

/** A record folded into another, named by its title, else by its place (a zone has no title). */
function namedMerged(id: number, r: MergedRow | undefined, withProvince: boolean) {
  return {
    id,
    title: r?.title?.trim() ? r.title : null,
    place: r ? placeName({ ...r, regionText: r.region_text }, { withProvince }) : null,
  };
}

function linksOf(db: Database.Database, id: number): PanelLink[] {
  const rows = db
    .prepare(
      `SELECT other.id, other.kind, other.title, other.region_text, other.province, other.city,
              other.county, other.town, x.relation, x.score, x.source FROM (
         SELECT record_b AS other_id, relation, score, source FROM record_links WHERE record_a = @id
         UNION ALL SELECT record_a, relation, score, source FROM record_links WHERE record_b = @id
         UNION ALL SELECT record_b, decision, NULL, 'decision' FROM pair_decisions WHERE record_a = @id
         UNION ALL SELECT record_a, decision, NULL, 'decision' FROM pair_decisions WHERE record_b = @id
       ) x JOIN records other ON other.id = x.other_id ORDER BY x.score DESC NULLS LAST`,
    )
    .all({ id }) as {
    id: number;
    kind: RecordKind;
    title: string | null;
    region_text: string | null;
    province: string | null;
    city: string | null;
    county: string | null;
    town: string | null;
    relation: string;
    score: number | null;
    source: string;
  }[];
  const withProvince = rows.length > 0 && spansProvinces(db);
  return rows.map((r) => ({
    recordId: r.id,
    kind: r.kind,
    // a blank title is none: the link names the record by its place instead
    title: r.title?.trim() ? r.title : null,
    regionText: r.region_text,
    place: placeName({ ...r, regionText: r.region_text }, { withProvince }),
    relation: r.relation,
    relationLabel: RELATION_LABELS[r.relation] ?? r.relation,
    score: r.score,
    source: r.source,
  }));
}

const OVERVIEW_SQL = `SELECT n.id, n.file, n.sha256, n.title, n.issuer, n.doc_no, n.issued_on, n.kind,
  n.role, n.batch, n.date_from_file, n.warnings, n.imported_at,
  n.programme, n.withdrawn_at,
  CASE WHEN n.title IS NULL THEN substr(n.raw_text, 1, 400) END AS head,
  (SELECT count(DISTINCT m.record_id) FROM mentions m JOIN records r ON r.id = m.record_id
    WHERE m.notice_id = n.id AND r.deleted_at IS NULL) AS records
  FROM notices n`;

type OverviewRow = Parameters<typeof toNotice>[0] & {
  programme: string | null;
  withdrawn_at: string | null;
  records: number;
  /** An untitled notice's opening text, to name it by (only read when the title is null). */
  head: string | null;
};

const toOverview = (r: OverviewRow): NoticeOverview => ({
  ...toNotice(r),
  programme: r.programme,
  records: r.records,
  withdrawn: r.withdrawn_at !== null,
  firstLine: r.head === null ? null : firstLineOf(r.head),
});

/** Every live notice with its metadata, warning list and how many records it gave. */
export function noticesOverview(db: Database.Database): NoticeOverview[] {
  const rows = db
    .prepare(`${OVERVIEW_SQL} WHERE n.withdrawn_at IS NULL ORDER BY n.imported_at DESC, n.id DESC`)
    .all() as OverviewRow[];
  return rows.map(toOverview);
}

export function noticeDetail(db: Database.Database, id: number): NoticeDetail {
  const row = db.prepare(`${OVERVIEW_SQL} WHERE n.id = ?`).get(id) as OverviewRow | undefined;
  if (!row) throw new AppError('not_found', `通知 ${id} 不存在`);
  const raw = (
    db.prepare('SELECT raw_text FROM notices WHERE id = ?').get(id) as { raw_text: string }
  ).raw_text;
  // Rows added by hand in the preview have no place in the text to highlight.
  const spans = db
    .prepare(
      `SELECT r.id AS recordId, r.kind, r.title, r.region_text AS regionText, m.seq, m.span_start AS start, m.span_end AS end,
              (${liveRecord('r')}) AS live
         FROM mentions m JOIN records r ON r.id = m.record_id
        WHERE m.notice_id = ? AND json_extract(m.extracted, '$.addedByHand') IS NULL
        ORDER BY m.span_start`,
    )
    .all(id) as (Omit<NoticeSpan, 'live'> & { live: number })[];
  return {
    notice: toOverview(row),
    rawText: raw,
    spans: spans.map((s) => ({ ...s, live: s.live === 1 })),
    checks: warningChecks(db, id),
  };
}
