/**
 * Shape of the files under resources/gazetteer, shared by the build script (writer) and
 * the loader (reader). Rows are positional arrays: the county-level file is parsed at
 * first use and must stay small and quick to parse.
 */

export const RESOURCE_FORMAT = 1;

export const DIVISIONS_FILE = 'divisions.json.gz';
export const TOWNS_FILE = 'towns.tsv.gz';
/** One file per province (two-digit code): villages are loaded only where needed. */
export const villagesFile = (province: string): string => `villages-${province}.tsv.gz`;

export type UnitLevelTag = 'p' | 'c' | 'x';

/** Bit flags on a unit row. */
export const UNIT_FLAG = {
  /** NBS statistical functional zone (开发区/高新区/园区…), not a GB/T 2260 county. */
  pseudo: 1,
  /** End date is only bracketed (between two data snapshots), not known. */
  approxEnd: 2,
  /** Successors come from a curated table (later changes: their date too; earlier merges). */
  curated: 4,
} as const;

/**
 * [code, name, level, parentIndex (-1 none), from (YYYY-MM-DD|''), to (exclusive, ''= still
 * valid), flags, successor codes, pinyin (space-separated syllables), simplified key when
 * it differs from the name ('' otherwise), source note of the change ('' none)]
 */
export type UnitRow = [
  string,
  string,
  UnitLevelTag,
  number,
  string,
  string,
  number,
  string[],
  string,
  string,
  string,
];

/** Names staff use for development zones: [names, city prefix, county codes, source]. */
export type AliasRow = [string[], string, string[], string];

export interface DivisionsResource {
  format: number;
  builtFrom: {
    chinaDivision: string;
    gb2260Revisions: string[];
    nbsAsOf: string;
  };
  units: UnitRow[];
  aliases: AliasRow[];
}

/**
 * towns.tsv: one line per township: code9 \t name \t pinyin \t simplified key (or empty).
 * villages-PP.tsv: one line per township: code9 \t seq3name|seq3name|… with the NBS
 * committee suffix (居委会/村委会) stripped from names.
 */
export const TSV_FIELD = '\t';
export const VILLAGE_SEP = '|';
