/**
 * What the extractor hands to the importer: the notice's metadata, its records and the
 * rules it states. Every value keeps the span of text it came from, so curated values
 * can always be traced back to the sentence in the notice.
 */
import type { NoticeWarning, RecordKind } from '../../../../shared/domain';
import type { NoticeKind, NoticeRole } from '../../../../shared/notice-roles';
import type { Outcome } from './outcomes';

export interface Span {
  start: number;
  end: number;
}

export type { NoticeKind };

export interface RegionContext {
  province?: string;
  city?: string;
  /** The county a township or community written alone lies in (from a label or the item before). */
  county?: string;
}

/**
 * Splits the administrative region off the front of a text ("北京市朝阳区实施…").
 * The gazetteer provides the authoritative one; `heuristicRegionLookup` is the fallback.
 */
export interface RegionLookup {
  splitPrefix(text: string, ctx: RegionContext): { regionText: string; end: number } | null;
  /**
   * Whether a region is written as a city followed by one of its own counties, either or both
   * without the level word ("南京建邺", "盐城东台市"): a county, though no suffix says so.
   */
  cityCountyPair?(regionText: string): boolean;
  /**
   * False when no text ending in these two characters can be such a pair (no division's name,
   * full or short, ends so): lets a caller skip asking where no pair can be. Absent: ask.
   */
  pairMayEndIn?(lastTwo: string): boolean;
  /**
   * The code the importer resolves a region to inside `ctx` ("黄冈黄梅" in 湖北省 →
   * 421127), null when it cannot: one place written two ways is known by it.
   */
  codeOf?(regionText: string, ctx: RegionContext): string | null;
  /** The province a region written without one belongs to ("南京市…" → 江苏省), when known. */
  provinceOf?(regionText: string): string | null;
  /**
   * The one county that holds every township (and its village) of a run written without
   * one ("春城街道林田村", "春湾镇三乡村", "山中间村"), when the towns say it; else null.
   */
  countyOfTowns?(entries: readonly string[]): RegionContext | null;
  /**
   * Like `countyOfTowns`, but townships written alone (no village) may say their county when
   * at least `townsAlone` distinct ones lie only in it together; else null.
   */
  countyOfManyTowns?(entries: readonly string[], townsAlone: number): RegionContext | null;
  /**
   * A list item written short, without its level word ("某山岭东", "某汇"), that names its own
   * place: a city and county pair, or a short name the context carried from the items before
   * cannot place but that is exactly one unit on its own. The context it stands in (its
   * province), else null: the carried context holds.
   */
  standsAlone?(regionText: string, ctx: RegionContext): RegionContext | null;
  /**
   * The cities that hold no county on the lookup's date, each as its province and name: a
   * notice naming one may write its towns bare ("小榄镇…" under a 中山市 heading).
   */
  countylessCities?(): readonly RegionContext[];
  /**
   * A township (and its community or village) written bare at the front of `text`, read
   * inside `city`, one of `countylessCities`: the split, only when the division list places it
   * in that city at township level or below; else null.
   */
  splitInCity?(text: string, city: RegionContext): { regionText: string; end: number } | null;
  /**
   * A township (and its unit) of the one city the notice is about, written bare at the front of
   * a line of a list printed one place a line (own-city-towns.ts), else null; absent elsewhere.
   */
  splitOwnCityTown?(text: string): { regionText: string; end: number } | null;
  /**
   * The county or city written in `text` (full or short, as an outlet's or a column's name
   * writes it: 今日某某, 某某新闻网, 文明某某) that holds every township or community of
   * `entries`, each placed by the division list below it; the first such place, else null.
   */
  placeHolding?(entries: readonly string[], text: string): RegionContext | null;
  /**
   * The county-level division `text` is, written in full with its level word (and any of its
   * province and city before it: 某市某区, 某县), as one place the division list knows; else null.
   */
  countyWritten?(text: string): RegionContext | null;
  /**
   * Whether the division list holds `text` (a township, down to its community or village)
   * under the county `county` names, by its own name: a near-miss of another township's name
   * there (新某街道 for 石某街道) is no such finding.
   */
  holdsUnit?(text: string, county: RegionContext): boolean;
}

export interface ExtractedRecord {
  kind: RecordKind;
  seq: number | null;
  regionText: string | null;
  /** What was inherited from the notice or from previous items, not written in the item. */
  regionContext?: RegionContext;
  unit?: string;
  title: string;
  content?: string;
  category?: string;
  programme: string | null;
  year: number | null;
  /**
   * The year came from the notice's own date or 文号 alone (no year written for the unit's
   * round or programme): a later notice's date is no year of the record (later-notice-year.ts).
   */
  yearOfNotice?: true;
  /**
   * A later notice's own year, where it is no year of the record: what the join still ranks
   * a unit of several batches by (the latest confirmed no later than the notice).
   */
  noticeYear?: number;
  batch?: string;
  /** The outcome the notice states for this unit (status words never go in the title). */
  outcome?: Outcome;
  span: Span;
  warnings?: NoticeWarning[];
  /** Added by the reviewer in the import preview: no sentence of the notice names it. */
  addedByHand?: true;
  /**
   * A unit the notice retells from an earlier batch of its programme (retold-batches.ts): a
   * mention of that batch's record, never a record of its own.
   */
  retold?: true;
  /**
   * A province the notice states as a unit of its programme (stated-provinces.ts): a later
   * notice makes its record as it does a county's, where a province named in passing makes none.
   */
  statedProvince?: true;
  /**
   * A list's own entry known by its own name, the unit itself: an enterprise by its registered
   * name (enterprise-lines.ts, enterprise-runs.ts), or a site under a table column headed by its
   * kind (风景名胜区 | 采石, named-sites.ts). A later notice makes its record at the province its
   * list files it under, as it does a county's.
   */
  namedUnit?: true;
}

export type RuleKind =
  | 'cycle'
  | 'range'
  | 'annual_deadline'
  | 'objection_window'
  | 'annual_plan'
  | 'annual_summary'
  | 'final_report'
  | 'acceptance'
  | 'extension'
  | 'deadline'
  | 'other';

/** Whose rule it is: the programme and batch its sentence names, else its notice's. */
export interface RuleScope {
  programme: string | null;
  batch: string | null;
  /** The sentence itself names the programme or batch (not inherited from the notice). */
  named: boolean;
}

export interface NoticeRule {
  kind: RuleKind;
  /** The sentence the rule was read from, as written. */
  text: string;
  span: Span;
  params: Record<string, string | number | boolean | null>;
  scope?: RuleScope;
}

export interface NoticeMetadata {
  title: string | null;
  titleSpan: Span | null;
  issuer: string | null;
  /** 文号 normalised to 〔〕 brackets. */
  docNo: string | null;
  /** 文号 exactly as written. */
  docNoRaw: string | null;
  /** Issue date read from the text (signature, 成文日期, a page's 发布时间…), or null. */
  issuedOn: string | null;
  /** The file's own date (Word properties, a page's meta tag) when the text has none: never the issue date. */
  fileDate: string | null;
  kind: NoticeKind;
  /** What the notice does to the programme's records (confirms, reports, accepts, …). */
  role: NoticeRole;
  /** Province the notice is about, written or inferred from its regions. */
  province: string | null;
  provinceInferred: boolean;
  programme: string | null;
  year: number | null;
  batch: string | null;
}

export interface ExtractedNotice {
  fileName: string;
  metadata: NoticeMetadata;
  records: ExtractedRecord[];
  rules: NoticeRule[];
  warnings: NoticeWarning[];
}
