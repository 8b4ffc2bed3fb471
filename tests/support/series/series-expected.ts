/**
 * A notice series' expected ledger (tests/fixtures/series/<name>/series.json) checked against a
 * ledger its notices were imported into: one record per real entity (renamed codes accepted),
 * none invented, no wrong merges, each record's mentions, statuses and grades, status events,
 * ends after extensions, overdue milestones and the scope of each rule. Returns counts and the
 * problems in words, so a first run can be recorded and a later one compared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import * as OpenCC from 'opencc-js';
import { deadlines } from '../../../src/main/app/schedule/deadlines';
import type { Ledger } from '../../../src/main/db/ledger';
import { SERIES_DIR } from '../corpus/load';
import { sameText } from '../corpus/score';

interface ExpectedRecord {
  kind: string;
  programme: string;
  batch?: string;
  code: string;
  acceptCodes?: string[];
  /**
   * The named unit below the county (a street, a community), where two records of one
   * county are two entities (a district and its own street): found in the ledger record's place.
   */
  unit?: string;
  title: string;
  status: string | null;
  grade?: string;
  mentions: string[];
  endOn?: string;
}
interface ExpectedEvent {
  code: string;
  /** As on the record: where the code alone does not tell the entity. */
  unit?: string;
  kind: string;
  status: string;
  grade?: string;
  /** The outcome's day; null where the notice telling it gives none (an undated page). */
  on: string | null;
  notice: string;
  endOn?: string;
}
interface ExpectedRule {
  notice: string;
  kind: string;
  programme: string;
  batch?: string;
  text: string;
}
export interface ExpectedSeries {
  asOf: string;
  records: ExpectedRecord[];
  events: ExpectedEvent[];
  overdueAsOf: number;
  rules: ExpectedRule[];
}

export function expectedSeries(series: string): ExpectedSeries {
  return JSON.parse(
    readFileSync(path.join(SERIES_DIR, series, 'series.json'), 'utf8'),
  ) as ExpectedSeries;
}

const share = (right: number, total: number) => ({ right, total });

interface LedgerRecord {
  id: number;
  kind: string;
  code: string | null;
  place: string;
  programme: string | null;
  status: string | null;
  title: string | null;
  notices: string | null;
}

/** What tells a ledger record's entity: kind, code, place (region|town|unit), programme, title. */
interface EntityFacts {
  kind: string;
  code: string | null;
  place: string;
  programme: string | null;
  title: string | null;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** A title without spaces and punctuation, full- or half-width. */
const plain = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * Two titles tell two entities apart unless they differ only in punctuation, spacing and
 * script: a traditional reprint keeps its titles as written (the ledger never rewrites them).
 */
const sameEntityTitle = (a: string | null, b: string) =>
  plain(toSimplified(a ?? '')) === plain(toSimplified(b));

/**
 * A programme's name with its scope reduced to national or provincial (全国… / 全省…, 省级…,
 * 河北省…), so a province's own list matches however it writes itself.
 */
const scopeOf = (p: string) =>
  plain(p)
    .replace(/^全国/, '国:')
    .replace(/^(?:全省|省级|[\u4e00-\u9fa5]{2,8}?(?:省|自治区))/, '省:');

/** The notice's stem (01-news) from its stored file name (01-news.html). */
const stemOf = (file: string) => file.replace(/\.[^.]+$/, '');

export function scoreSeries(ledger: Ledger, expected: ExpectedSeries) {
  const db: Database.Database = ledger.db;
  const problems: string[] = [];
  const live = db
    .prepare(
      `SELECT r.id, r.kind, r.region_code AS code, r.status, r.title, r.programme,
              coalesce(r.region_text, '') || '|' || coalesce(r.town, '') || '|' || coalesce(r.unit, '') AS place,
              (SELECT group_concat(n.file, '|') FROM mentions m JOIN notices n ON n.id = m.notice_id
                WHERE m.record_id = r.id) AS notices
         FROM records r WHERE r.merged_into IS NULL AND r.deleted_at IS NULL`,
    )
    .all() as LedgerRecord[];
  const codesOf = (e: { code: string; acceptCodes?: string[] }) => [
    e.code,
    ...(e.acceptCodes ?? []),
  ];
  // Records of one county told apart by their unit: a record without one is the county's own.
  const unitsBeside = (e: ExpectedRecord) =>
    expected.records
      .filter((o) => o !== e && o.kind === e.kind && o.unit && codesOf(o).includes(e.code))
      .map((o) => o.unit!);
  // Records of one place and kind told apart by their programme (the same county in a national
  // and a provincial list) or, within one programme, by their title (two cases of one city).
  const twinsOf = (e: ExpectedRecord) =>
    expected.records.filter(
      (o) =>
        o !== e &&
        o.kind === e.kind &&
        (o.unit ?? '') === (e.unit ?? '') &&
        codesOf(o).some((c) => codesOf(e).includes(c)),
    );
  const sameEntity = (e: ExpectedRecord, r: EntityFacts) => {
    if (r.kind !== e.kind || !codesOf(e).includes(r.code ?? '')) return false;
    // A traditional reprint keeps its places as written, as it keeps its titles.
    const place = toSimplified(r.place);
    if (e.unit ? !place.includes(e.unit) : unitsBeside(e).some((u) => place.includes(u)))
      return false;
    const twins = twinsOf(e);
    if (twins.some((o) => scopeOf(o.programme) !== scopeOf(e.programme)))
      if (scopeOf(r.programme ?? '') !== scopeOf(e.programme)) return false;
    if (twins.some((o) => scopeOf(o.programme) === scopeOf(e.programme)))
      return sameEntityTitle(r.title, e.title);
    return true;
  };
  const matchOf = new Map<number, ExpectedRecord>();
  const found = new Map<ExpectedRecord, LedgerRecord[]>();
  for (const e of expected.records) {
    const hits = live.filter((r) => sameEntity(e, r));
    found.set(e, hits);
    for (const h of hits) matchOf.set(h.id, e);
  }
  const invented = live.filter((r) => !matchOf.has(r.id));
  for (const r of invented)
    problems.push(`invented: ${r.kind} ${r.code} (${r.notices ?? 'no notice'})`);

  let right = 0;
  let mentionsRight = 0;
  let mentionsExpected = 0;
  let statusRight = 0;
  let endRight = 0;
  let endExpected = 0;
  // As the ledger stores a status: its grade, or an extension's end ("已延期（至2022-12-31）").
  const wantStatus = (e: ExpectedRecord) =>
    e.status === null
      ? null
      : e.grade
        ? `${e.status}（${e.grade}）`
        : e.status === '已延期' && e.endOn
          ? `已延期（至${e.endOn}）`
          : e.status;
  for (const e of expected.records) {
    const hits = found.get(e)!;
    const label = `${e.kind} ${e.code}`;
    mentionsExpected += e.mentions.length;
    if (hits.length === 0) {
      problems.push(`missing: ${label}`);
      continue;
    }
    if (hits.length > 1) problems.push(`duplicated: ${label} ×${hits.length}`);
    const got = hits.flatMap((h) => (h.notices ?? '').split('|').filter(Boolean).map(stemOf));
    const want = new Set(e.mentions);
    // A mention counts when it landed on the one record of its entity (not on a duplicate).
    if (hits.length === 1) mentionsRight += [...new Set(got)].filter((m) => want.has(m)).length;
    const extra = got.filter((m) => !want.has(m));
    const lost = e.mentions.filter((m) => !got.includes(m));
    if (extra.length)
      problems.push(`${label}: mentioned by ${extra.join(', ')} too (a wrong join)`);
    if (lost.length) problems.push(`${label}: not joined by ${lost.join(', ')}`);
    const status = hits[0]!.status;
    const statusOk = status === wantStatus(e);
    if (statusOk) statusRight++;
    else problems.push(`${label}: status ${status ?? 'null'}, want ${wantStatus(e) ?? 'null'}`);
    let endOk = true;
    if (e.endOn) {
      endExpected++;
      const end = endOf(db, hits[0]!.id);
      endOk = end === e.endOn;
      if (endOk) endRight++;
      else problems.push(`${label}: ends ${end ?? 'never'}, want ${e.endOn}`);
    }
    if (
      hits.length === 1 &&
      !extra.length &&
      !lost.length &&
      statusOk &&
      endOk &&
      sameText(hits[0]!.title, e.title)
    )
      right++;
    else if (!sameText(hits[0]!.title, e.title))
      problems.push(`${label}: title "${hits[0]!.title ?? ''}", want "${e.title}"`);
  }

  const events = db
    .prepare(
      `SELECT r.region_code AS code, r.kind, r.programme, r.title, e.status, e.grade, e.until_on AS until, e.occurred_on AS on_,
              coalesce(r.region_text, '') || '|' || coalesce(r.town, '') || '|' || coalesce(r.unit, '') AS place,
              n.file FROM record_events e JOIN records r ON r.id = e.record_id
              JOIN notices n ON n.id = e.notice_id`,
    )
    .all() as {
    code: string;
    kind: string;
    programme: string | null;
    title: string | null;
    status: string;
    grade: string | null;
    until: string | null;
    on_: string | null;
    place: string;
    file: string;
  }[];
  // Events hang on the surviving record: compare them by the expected record they belong to.
  const entityKey = (e: { code: string; unit?: string }) =>
    e.unit ? `${e.code}/${e.unit}` : e.code;
  const eventKey = (ev: EntityFacts & { code: string }) => {
    const e = expected.records.find((r) => sameEntity(r, ev));
    return e ? entityKey(e) : ev.code;
  };
  const gotEvents = events.map(
    (e) =>
      `${eventKey(e)}|${e.status}|${e.grade ?? ''}|${e.until ?? ''}|${e.on_ ?? ''}|${stemOf(e.file)}`,
  );
  // An expected event names its record by code (and unit where the code is shared).
  const recordOf = (e: ExpectedEvent) => {
    const same = expected.records.filter((r) => r.kind === e.kind && codesOf(r).includes(e.code));
    return e.unit
      ? same.find((r) => r.unit === e.unit)
      : same.length === 1
        ? same[0]
        : same.find((r) => !r.unit);
  };
  const wantEvents = expected.events.map(
    (e) =>
      `${entityKey(recordOf(e) ?? e)}|${e.status}|${e.grade ?? ''}|${e.endOn ?? ''}|${e.on ?? ''}|${e.notice}`,
  );
  const eventsRight = wantEvents.filter((e) => gotEvents.includes(e)).length;
  for (const e of wantEvents) if (!gotEvents.includes(e)) problems.push(`event missing: ${e}`);
  for (const e of gotEvents) if (!wantEvents.includes(e)) problems.push(`event not expected: ${e}`);

  const overdue = deadlines(ledger, { asOf: expected.asOf }).filter(
    (d) => d.status === 'overdue' && d.recordId !== null,
  ).length;
  if (overdue !== expected.overdueAsOf)
    problems.push(`overdue on ${expected.asOf}: ${overdue}, want ${expected.overdueAsOf}`);

  const rules = db
    .prepare(
      `SELECT r.kind, r.programme, r.batch, r.text, n.file FROM rules r
         JOIN notices n ON n.id = r.notice_id`,
    )
    .all() as {
    kind: string;
    programme: string | null;
    batch: string | null;
    text: string;
    file: string;
  }[];
  let rulesRight = 0;
  // A cycle stated by its months is stored as the range it gives; a page in traditional
  // characters keeps its rule sentence so: compare modulo script, width and spacing.
  const sameKind = (got: string, want: string) =>
    got === want || (want === 'cycle' && got === 'range');
  for (const w of expected.rules) {
    const hit = rules.find(
      (r) =>
        stemOf(r.file) === w.notice &&
        sameKind(r.kind, w.kind) &&
        plain(toSimplified(r.text)).includes(plain(toSimplified(w.text))),
    );
    const scoped =
      hit && hit.programme === w.programme && (w.batch === undefined || hit.batch === w.batch);
    if (scoped) rulesRight++;
    else
      problems.push(
        hit
          ? `rule ${w.notice} ${w.kind}: scope ${hit.programme ?? '-'} ${hit.batch ?? '-'}, want ${w.programme} ${w.batch ?? ''}`
          : `rule missing: ${w.notice} ${w.kind} "${w.text}"`,
      );
  }
  // Only duties that make milestones are counted when no label expects them.
  const unexpectedRules = rules.filter(
    (r) =>
      !['other', 'range'].includes(r.kind) &&
      !expected.rules.some((w) => stemOf(r.file) === w.notice && sameKind(r.kind, w.kind)),
  );
  for (const r of unexpectedRules)
    problems.push(`rule not expected: ${stemOf(r.file)} ${r.kind} "${r.text}"`);

  return {
    records: { ...share(right, expected.records.length), invented: invented.length },
    mentions: share(mentionsRight, mentionsExpected),
    status: share(statusRight, expected.records.length),
    events: {
      ...share(eventsRight, wantEvents.length),
      unexpected: gotEvents.length - eventsRight,
    },
    ends: share(endRight, endExpected),
    overdue: { got: overdue, want: expected.overdueAsOf },
    rules: { ...share(rulesRight, expected.rules.length), unexpected: unexpectedRules.length },
    problems,
  };
}

/** A record's cycle end: an extension's new end, else the final report's due date. */
function endOf(db: Database.Database, recordId: number): string | null {
  const rows = db
    .prepare('SELECT kind, due_on AS due, end_on AS end FROM milestones WHERE record_id = ?')
    .all(recordId) as { kind: string; due: string; end: string | null }[];
  const extended = rows.map((r) => r.end).filter((e): e is string => !!e);
  if (extended.length) return extended.sort().at(-1)!;
  return rows.find((r) => r.kind === 'final_report')?.due ?? null;
}
