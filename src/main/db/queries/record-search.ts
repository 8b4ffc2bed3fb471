/**
 * Turns a grid query (quick search, facets, column filters) into one SQL WHERE clause over
 * `records r`, with named parameters only: field names come from closed maps, never from
 * the caller. Quick search looks at the record's own text (region as written, unit, title,
 * content): the FTS5 trigram index for terms of 3+ characters (and, for records whose search
 * rows are still pending or stale, their own text: pending-search.ts) and LIKE over the same four
 * columns for 1–2 character terms (trigram cannot match those); either way a term also
 * matches the resolved province, city, county and town names and the record's status as
 * shown (shown-status.ts; a status word finds the records of that status), and one of 3+
 * characters in either script (script-variants.ts); a 文号 also finds the records its notice
 * names (doc-no-search.ts), and a programme's name its records (programme-search.ts). The 状态
 * facet counts that status too.
 */
import type Database from 'better-sqlite3';
import type {
  ColumnFilter,
  FacetCounts,
  FacetSelection,
  FilterCondition,
  RecordKind,
} from '../../../shared/domain';
import { FACET_FIELDS } from '../../../shared/domain';
import { RECORD_FIELD_NAMES, RECORD_FIELDS } from '../../../shared/record-fields';
import { docNoKey, docNoLike, namedInDocNoSql } from './doc-no-search';
import { namesProgramme, programmeNamedSql } from './programme-search';
import { LIVE } from './live';
import { NOT_STALE_SQL, pendingMatchSql, registerSearchFunctions } from './pending-search';
import { scriptVariants } from './script-variants';
import { namedByNoticesSql } from './named-by-notices';
import { CHINA_TODAY_SQL, shownStatusSql } from './shown-status';
import { STATUS_CHOICES } from '../../../shared/derived-statuses';

export { LIVE } from './live';

/** Contract field names → SQL columns (from the field registry). */
export const FIELD_SQL: Record<string, string> = Object.fromEntries(
  RECORD_FIELD_NAMES.map((n) => [n, `r.${RECORD_FIELDS[n].column}`]),
);

const NUMERIC = new Set<string>(
  RECORD_FIELD_NAMES.filter((n) => ['id', 'integer'].includes(RECORD_FIELDS[n].type)),
);
/**
 * The record's own text, which quick search looks at, both ways: records_fts indexes these
 * and nothing else (migration 0013). A programme's name is every one of its rows' (searching
 * 社区 would find each row of a programme named …社区…); the 项目 facet filters by programme.
 */
const SEARCHED = ['region_text', 'unit', 'title', 'content'];
const FTS_COLUMNS = SEARCHED.map((c) => `r.${c}`);
/** An FTS5 column filter: the phrase only in the searched columns. */
const FTS_FILTER = `{${SEARCHED.join(' ')}}`;
/** The resolved place names: 湖北 finds a zone written only as 武汉市江岸区. */
const PLACE_COLUMNS = ['r.province', 'r.city', 'r.county', 'r.town'];

/** Its notice warned about it by 序号, or extraction flagged it on the mention. */
export const HAS_WARNINGS_SQL = `EXISTS (SELECT 1 FROM mentions m WHERE m.record_id = r.id AND (
  json_array_length(m.extracted, '$.warnings') > 0 OR EXISTS (
    SELECT 1 FROM notices n, json_each(n.warnings) w
     WHERE n.id = m.notice_id AND m.seq IS NOT NULL AND json_extract(w.value, '$.seq') = m.seq)))`;

/** In a dedupe decision or a related link, or seen in more than one notice. */
export const HAS_DUPLICATES_SQL = `(EXISTS (SELECT 1 FROM pair_decisions p WHERE p.record_a = r.id OR p.record_b = r.id)
  OR EXISTS (SELECT 1 FROM record_links l WHERE l.record_a = r.id OR l.record_b = r.id)
  OR (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) > 1)`;

export interface GridQuery {
  kind?: RecordKind;
  /** The day a status is read on (YYYY-MM-DD): today in China (CHINA_TODAY_SQL) unless given. */
  asOf?: string;
  search?: string;
  facets?: FacetSelection;
  filters?: ColumnFilter[];
}

export interface Where {
  sql: string;
  params: Record<string, unknown>;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Part of a status read from milestones (验收, 已延期). */
const isStatusWord = (term: string): boolean => STATUS_CHOICES.some((s) => s.includes(term));

/** Splits the search box into terms; quotes inside a term are dropped (FTS phrase syntax). */
export const searchTerms = (search: string | undefined): string[] =>
  (search ?? '')
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(/"/g, '').trim())
    .filter(Boolean)
    .slice(0, 8);

export function buildWhere(q: GridQuery, opts: { skipFacet?: keyof FacetSelection } = {}): Where {
  const parts: string[] = [LIVE];
  const params: Record<string, unknown> = {};
  let n = 0;
  const param = (v: unknown) => {
    const name = `p${n++}`;
    params[name] = v;
    return `@${name}`;
  };
  if (q.kind) parts.push(`r.kind = ${param(q.kind)}`);
  // The status as shown (written, else read from the milestones): the 状态 facet counts it.
  let shown: string | null = null;
  const shownStatus = () => (shown ??= shownStatusSql(q.asOf ? param(q.asOf) : CHINA_TODAY_SQL));

  const termSql = (term: string): string[] => {
    const like = param(`%${escapeLike(term)}%`);
    const likes = (cols: string[]) => cols.map((c) => `${c} LIKE ${like} ESCAPE '\\'`);
    // A status word finds the records of that status (验收 → 待验收 and 已验收): what a person
    // wrote, and, for a part of a status read from the milestones, that status too. One
    // character (已, 中) is no status word: it would find nearly every record.
    const status =
      [...term].length < 2 ? [] : likes([isStatusWord(term) ? shownStatus() : 'r.status']);
    if ([...term].length < 3) return [...likes([...FTS_COLUMNS, ...PLACE_COLUMNS]), ...status];
    const fts = `r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ${param(`${FTS_FILTER} : "${term}"`)} AND ${NOT_STALE_SQL})`;
    // records whose search rows are still pending or stale are matched on their own text
    const pending = pendingMatchSql(SEARCHED, param(term));
    return [fts, pending, ...likes(PLACE_COLUMNS), ...status];
  };
  // A term of 3+ characters matches in either script (a traditional notice's 一二一團 for
  // 一二一团) through the index; a shorter one is a LIKE scan of every row, which each
  // extra form would lengthen again, so it matches as typed.
  for (const term of searchTerms(q.search)) {
    const forms = [...term].length >= 3 ? scriptVariants(term) : [term];
    const docNo = docNoKey(term);
    const byDocNo = docNo ? [namedInDocNoSql(param(docNoLike(docNo, escapeLike(docNo))))] : [];
    const byProgramme = forms
      .filter(namesProgramme)
      .map((f) => programmeNamedSql(param(f), param(`%${escapeLike(f)}`)));
    parts.push(`(${[...forms.flatMap(termSql), ...byDocNo, ...byProgramme].join(' OR ')})`);
  }

  const f = q.facets ?? {};
  for (const key of ['province', 'city', 'programme', 'year', 'batch', 'status'] as const) {
    const values = f[key];
    if (!values || key === opts.skipFacet) continue;
    if (values.length === 0) {
      parts.push('0'); // an empty selection matches nothing, as an unticked facet list does
      continue;
    }
    const col = key === 'status' ? shownStatus() : FIELD_SQL[key]!;
    const some = values.filter((v) => v !== null);
    const ors: string[] = [];
    if (some.length > 0)
      ors.push(`${col} IN (SELECT value FROM json_each(${param(JSON.stringify(some))}))`);
    if (some.length < values.length) ors.push(`${col} IS NULL`);
    parts.push(`(${ors.join(' OR ')})`);
  }
  if (f.hasWarnings !== undefined && opts.skipFacet !== 'hasWarnings')
    parts.push(f.hasWarnings ? HAS_WARNINGS_SQL : `NOT ${HAS_WARNINGS_SQL}`);
  if (f.hasDuplicates !== undefined && opts.skipFacet !== 'hasDuplicates')
    parts.push(f.hasDuplicates ? HAS_DUPLICATES_SQL : `NOT ${HAS_DUPLICATES_SQL}`);
  if (f.notices !== undefined)
    parts.push(namedByNoticesSql(param(JSON.stringify(f.notices)), f.importedAs));

  for (const filter of q.filters ?? []) {
    // A 状态 column filter reads the status the grid shows, as the facet does.
    const col = filter.field === 'status' ? shownStatus() : FIELD_SQL[filter.field];
    if (!col) continue;
    const conds = filter.conditions.map((c) =>
      conditionSql(col, NUMERIC.has(filter.field), c, param),
    );
    parts.push(`(${conds.join(filter.join === 'OR' ? ' OR ' : ' AND ')})`);
  }
  return { sql: parts.join(' AND '), params };
}

function conditionSql(
  col: string,
  numeric: boolean,
  c: FilterCondition,
  param: (v: unknown) => string,
): string {
  const raw = c.value ?? null;
  const value = numeric && raw !== null ? Number(raw) : raw === null ? '' : String(raw);
  const text = `coalesce(${col}, '')`;
  const like = (pattern: string) => `${text} LIKE ${param(pattern)} ESCAPE '\\'`;
  const s = escapeLike(String(value));
  switch (c.op) {
    case 'contains':
      return like(`%${s}%`);
    case 'notContains':
      return `NOT ${like(`%${s}%`)}`;
    case 'startsWith':
      return like(`${s}%`);
    case 'endsWith':
      return like(`%${s}`);
    case 'equals':
      return `${col} = ${param(value)}`;
    case 'notEqual':
      return `${col} IS NOT ${param(value)}`;
    case 'blank':
      return `(${col} IS NULL OR ${col} = '')`;
    case 'notBlank':
      return `(${col} IS NOT NULL AND ${col} != '')`;
    case 'lessThan':
      return `${col} < ${param(value)}`;
    case 'lessThanOrEqual':
      return `${col} <= ${param(value)}`;
    case 'greaterThan':
      return `${col} > ${param(value)}`;
    case 'greaterThanOrEqual':
      return `${col} >= ${param(value)}`;
    case 'inRange':
      return `${col} BETWEEN ${param(value)} AND ${param(c.valueTo ?? value)}`;
  }
}

/**
 * Facet counts for the records the query selects. Each facet is counted without its own
 * selection (ticking 江苏 keeps the other provinces' counts visible), as spreadsheet
 * auto-filters and OpenRefine facets do.
 */
export function recordFacets(db: Database.Database, q: GridQuery): FacetCounts {
  registerSearchFunctions(db);
  const values = {} as FacetCounts['values'];
  for (const key of FACET_FIELDS) {
    const w = buildWhere(q, { skipFacet: key });
    const col =
      key === 'status' ? shownStatusSql(q.asOf ? '@asOf' : CHINA_TODAY_SQL) : FIELD_SQL[key]!;
    values[key] = db
      .prepare(
        `SELECT ${col} AS value, count(*) AS count FROM records r WHERE ${w.sql} GROUP BY ${col} ORDER BY count DESC, value LIMIT 300`,
      )
      .all(key === 'status' && q.asOf ? { ...w.params, asOf: q.asOf } : w.params) as {
      value: string | number | null;
      count: number;
    }[];
  }
  const count = (extra: string, skip?: keyof FacetSelection) => {
    const w = buildWhere(q, { skipFacet: skip });
    return (
      db.prepare(`SELECT count(*) AS n FROM records r WHERE ${w.sql}${extra}`).get(w.params) as {
        n: number;
      }
    ).n;
  };
  return {
    total: count(''),
    values,
    hasWarnings: count(` AND ${HAS_WARNINGS_SQL}`, 'hasWarnings'),
    hasDuplicates: count(` AND ${HAS_DUPLICATES_SQL}`, 'hasDuplicates'),
  };
}
