/**
 * Scores what the importer made of one corpus notice against its hand-labelled gold
 * (tests/fixtures/corpus/README.md). Builds on the unseen scorer's rule — a record is right
 * when its region code and its title match one gold record — and adds what real notices
 * need: other codes that are also right (acceptCodes), titles compared modulo punctuation
 * width, spacing and script (traditional or simplified), and the split of the misses into
 * wrong (a record at a missed record's place), missed and invented.
 */
import * as OpenCC from 'opencc-js';
import {
  nationalBase,
  programmeBase,
  programmeStem,
} from '../../../src/main/core/records/programme-name';
import type { LedgerRecord, Notice } from '../../../src/shared/domain';
import { normaliseTitle } from '../normalise-title';
import type { Gold, GoldNotice, GoldRecord } from './load';

let toSimplified: ((s: string) => string) | null = null;

/** normaliseTitle, then traditional folded to simplified. */
export function foldText(s: string | null | undefined): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(normaliseTitle(s));
}

export const sameText = (a: string | null | undefined, b: string | null | undefined): boolean =>
  foldText(a) === foldText(b);

export function codeMatches(gold: GoldRecord, code: string | null): boolean {
  if (gold.code === null) return code === null;
  return code === gold.code || (gold.acceptCodes ?? []).includes(code ?? '');
}

export interface RecordsScore {
  expected: number;
  got: number;
  right: number;
  wrong: number;
  missed: number;
  invented: number;
  /** Right records whose kind is also right. */
  kindRight: number;
  statusExpected: number;
  statusRight: number;
  /** Right records given a status the notice does not state. */
  statusInvented: number;
  unitExpected: number;
  unitRight: number;
  details: string[];
}

const show = (r: LedgerRecord): string =>
  `${r.regionCode ?? 'null'} ${r.regionText ?? ''}「${r.title ?? ''}」${r.status ? ` [${r.status}]` : ''}`;

/** What the importer says happened to a record (status, grade), when the ledger does not store it. */
export type OutcomeOf = (r: LedgerRecord) => { status: string | null; grade?: string | null };

const ledgerOutcome: OutcomeOf = (r) => ({ status: r.status });

export function scoreRecords(
  gold: readonly GoldRecord[],
  got: readonly LedgerRecord[],
  outcomeOf: OutcomeOf = ledgerOutcome,
): RecordsScore {
  const usedGot = new Set<number>();
  const leftGold: GoldRecord[] = [];
  const s: RecordsScore = {
    expected: gold.length,
    got: got.length,
    right: 0,
    wrong: 0,
    missed: 0,
    invented: 0,
    kindRight: 0,
    statusExpected: gold.filter((g) => g.status).length,
    statusRight: 0,
    statusInvented: 0,
    unitExpected: gold.filter((g) => g.unitCode).length,
    unitRight: 0,
    details: [],
  };
  for (const g of gold) {
    const i = got.findIndex(
      (r, k) => !usedGot.has(k) && codeMatches(g, r.regionCode) && sameText(r.title, g.title),
    );
    if (i < 0) {
      leftGold.push(g);
      continue;
    }
    usedGot.add(i);
    const r = got[i] as LedgerRecord;
    s.right++;
    if (r.kind === g.kind) s.kindRight++;
    const o = outcomeOf(r);
    if (g.status && o.status === g.status && (!g.grade || o.grade === g.grade)) s.statusRight++;
    else if (g.status)
      s.details.push(
        `status ${g.region}: want ${g.status}${g.grade ? `/${g.grade}` : ''}, got ${o.status ?? 'none'}${o.grade ? `/${o.grade}` : ''}`,
      );
    else if (o.status) {
      s.statusInvented++;
      s.details.push(`status ${g.region}: none stated, got ${o.status}`);
    }
    // A resolution down to the community counts for the township the gold names (and the reverse never).
    if (g.unitCode && (r.unitCode ?? '').startsWith(g.unitCode)) s.unitRight++;
  }
  // A leftover record at a missed record's place is wrong: same 序号, else same code, else same title.
  const near = (g: GoldRecord) => {
    const free = got.map((r, k) => ({ r, k })).filter(({ k }) => !usedGot.has(k));
    return (
      (g.seq !== null ? free.find(({ r }) => r.seq === g.seq) : undefined) ??
      free.find(({ r }) => r.regionCode !== null && codeMatches(g, r.regionCode)) ??
      free.find(({ r }) => foldText(r.title) !== '' && sameText(r.title, g.title))
    );
  };
  for (const g of leftGold) {
    const hit = near(g);
    const want = `${g.seq ?? '-'} ${g.region} ${g.code ?? 'null'}「${g.title}」`;
    if (hit) {
      usedGot.add(hit.k);
      s.wrong++;
      s.details.push(`wrong  ${want} → ${show(hit.r)}`);
    } else {
      s.missed++;
      s.details.push(`missed ${want}`);
    }
  }
  got.forEach((r, k) => {
    if (usedGot.has(k)) return;
    s.invented++;
    s.details.push(`invented ${show(r)}`);
  });
  return s;
}

/** The notice kinds the importer reports, as the gold's role and list kind (null: says nothing). */
const KIND_MAP: Record<string, { role?: string; kind?: string }> = {
  zone_approval: { role: 'confirmation', kind: 'zone' },
  case_list: { kind: 'case' },
  case_writeups: { kind: 'case' },
  observation_list: { kind: 'observation' },
  application_notice: { role: 'application_call', kind: 'none' },
  rules: { role: 'rules_only', kind: 'none' },
};

export interface MetaField {
  field: 'title' | 'issuer' | 'docNo' | 'issuedOn' | 'role' | 'kind' | 'programme';
  expected: string | null;
  got: string | null;
  /** null: the importer does not report this field (yet) for this notice. */
  ok: boolean | null;
}

/**
 * A province's own programme is the same whether the notice writes its scope (全省…, 省级…),
 * the province's name (湖北省…) or both (湖北省省级…, 福建省级…): the notice's province makes
 * them one. Programmes are otherwise compared the way the ledger matches them over time: a
 * national programme is one whether written bare or with its scope (全国…, 国家…, 国家级…), and
 * whatever levels follow its unit word (…县(市), …县（市、区）, …县).
 */
const programmeKey = (s: string | null | undefined): string =>
  nationalBase(programmeBase(foldText(s).replace(/["'“”‘’「」《》]/g, ''))).replace(
    /^(?:全省|省级|本省|我省|(?:[\u4e00-\u9fff]{2,3}?省|[\u4e00-\u9fff]{2,6}?自治区)(?:省级|全省|级)?)/,
    '省',
  );

/** A city's own scope in front of a programme: the city's page writes 全市… for 某市…. */
const CITY_SCOPE = /^(?:全市|市级|本市|我市)/;
/** A yearly collection's year before the scope (2022年度全市…): compared apart. */
const YEAR = /^(?:19|20)[0-9]{2}年度?/;
/** A city's name in front of a programme, with its level if written (临沂市…, 某市市级…). */
const CITY_NAMED = /^[\u4e00-\u9fff]{1,6}?市(?:市级|全市|级)?/;

/**
 * Two labels of one programme: the same key, or one written with the city's own scope
 * (全市…, 市级…) and the other with a city's name (临沂市…) before the same words — a city's
 * own programme is the same whichever it writes, as a province's is (the key above).
 */
export function sameProgramme(a: string, b: string): boolean {
  const ka = programmeKey(a);
  const kb = programmeKey(b);
  if (ka === kb || sameLevelledStem(ka, kb)) return true;
  const ya = YEAR.exec(ka)?.[0] ?? '';
  const yb = YEAR.exec(kb)?.[0] ?? '';
  if (ya.slice(0, 4) !== yb.slice(0, 4)) return false;
  return sameCityProgramme(ka.slice(ya.length), kb.slice(yb.length));
}

/**
 * A demonstration title with levels is one programme whichever unit word ends it (a village's
 * feature writes 示范村 for the list's 示范村镇, a community's 示范社区 for 示范单位, a city's
 * 示范市 for 示范市县): the ledger joins them by that stem (`programmeStem`), and so does the
 * scorer. Only a stem ending in 示范, with a unit word written on both sides: 文明村 and 文明社区
 * stay two, and so do a pilot's 试点单位 and 试点 (the corpus README keeps the one its text writes).
 */
function sameLevelledStem(ka: string, kb: string): boolean {
  const sa = programmeStem(ka);
  const sb = programmeStem(kb);
  const levelled = sa !== ka && sb !== kb;
  return levelled && sa.length >= 4 && sa.endsWith('示范') && sa === sb;
}

function sameCityProgramme(ka: string, kb: string): boolean {
  const rest = (k: string): string | null =>
    CITY_SCOPE.test(k)
      ? k.replace(CITY_SCOPE, '')
      : CITY_NAMED.test(k)
        ? k.replace(CITY_NAMED, '')
        : null;
  const scoped = CITY_SCOPE.test(ka) || CITY_SCOPE.test(kb);
  const ra = rest(ka);
  return scoped && ra !== null && ra !== '' && ra === rest(kb);
}

/** Joint issuers are the same organs whether spaces or 、 separate them. */
const issuerKey = (s: string | null | undefined): string => foldText(s).replace(/[、，,]/g, '');

/** A 文号 in either script and either kind of bracket is one number: folding changes no figure. */
const docNoKey = (s: string | null | undefined): string =>
  foldText(s)
    .replace(/[[(（【〔]/g, '〔')
    .replace(/[\])）】〕]/g, '〕');

export function scoreMetadata(
  gold: GoldNotice,
  notice: Notice | undefined,
  records: readonly LedgerRecord[],
  role: string | null = null,
): MetaField[] {
  const kindMap = KIND_MAP[notice?.kind ?? ''] ?? {};
  const mapped = { ...kindMap, ...(role ? { role } : {}) };
  const programmes = records.map((r) => r.programme).filter((p): p is string => !!p);
  const programme = programmes.length
    ? ([...programmes].sort(
        (a, b) =>
          programmes.filter((p) => p === b).length - programmes.filter((p) => p === a).length,
      )[0] ?? null)
    : null;
  const field = (
    name: MetaField['field'],
    expected: string | null | undefined,
    got: string | null | undefined,
    same: (a: string, b: string) => boolean,
    reported = true,
  ): MetaField => {
    const e = expected ?? null;
    const g = got ?? null;
    if (!reported || expected === undefined) return { field: name, expected: e, got: g, ok: null };
    return {
      field: name,
      expected: e,
      got: g,
      ok: e === null || g === null ? e === g : same(e, g),
    };
  };
  return [
    field('title', gold.title, notice?.title, sameText),
    field('issuer', gold.issuer, notice?.issuer, (a, b) => issuerKey(a) === issuerKey(b)),
    field('docNo', gold.docNo, notice?.docNo, (a, b) => docNoKey(a) === docNoKey(b)),
    field('issuedOn', gold.issuedOn, notice?.issuedOn, (a, b) => a === b),
    field('role', gold.role, mapped.role, (a, b) => a === b, mapped.role !== undefined),
    field('kind', gold.kind, mapped.kind, (a, b) => a === b, mapped.kind !== undefined),
    field('programme', gold.programme, programme, sameProgramme, programme !== null),
  ];
}

export interface NoticeResult {
  id: string;
  format: string;
  records: RecordsScore;
  warnings: string[];
  expectedWarnings: string[];
  missingWarnings: string[];
  /** The notice lost items (records missed or wrong, or fewer found than it states). */
  lostItems: boolean;
  /** …and carried no warning at all. */
  silent: boolean;
  meta: MetaField[];
  rulesExpected: number;
  rulesFound: number;
  failure: string | null;
}

/** What the extraction says beyond the ledger's fields (the ledger does not store these yet). */
export interface ExtractionView {
  role: string | null;
  outcomeOf: OutcomeOf;
  rules: readonly { kind: string; text: string }[];
}

/** A gold rule is found when an extracted rule of a compatible kind contains its text (or the reverse). */
function ruleFound(g: { kind: string; text: string }, got: ExtractionView['rules']): boolean {
  const want = foldText(g.text);
  return got.some((r) => {
    const t = foldText(r.text);
    const kindOk = r.kind === g.kind || (g.kind === 'cycle' && r.kind === 'range');
    return kindOk && t !== '' && (t.includes(want) || want.includes(t));
  });
}

export function scoreNotice(
  id: string,
  format: string,
  gold: Gold,
  notice: Notice | undefined,
  records: readonly LedgerRecord[],
  extraction: ExtractionView | null,
  failure: string | null = null,
): NoticeResult {
  const rec = scoreRecords(gold.records, records, extraction?.outcomeOf);
  const warnings = [...new Set((notice?.warnings ?? []).map((w) => w.code))];
  const missingWarnings = gold.warnings.filter((w) => !(warnings as string[]).includes(w));
  const stated = gold.notice.statedCount;
  const lostItems = rec.missed + rec.wrong > 0 || (stated !== undefined && records.length < stated);
  const rules = gold.rules ?? [];
  const rulesFound = rules.filter((r) => ruleFound(r, extraction?.rules ?? [])).length;
  return {
    id,
    format,
    records: rec,
    warnings,
    expectedWarnings: gold.warnings,
    missingWarnings,
    lostItems,
    silent: lostItems && warnings.length === 0,
    meta: scoreMetadata(gold.notice, notice, records, extraction?.role ?? null),
    rulesExpected: rules.length,
    rulesFound,
    failure,
  };
}
