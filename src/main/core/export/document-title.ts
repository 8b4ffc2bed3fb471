/**
 * The title a document gets from what it exports, never from whichever record came first:
 * - one programme → its name + 名单 / 汇编 / 汇总表 ("2021年度全国基层治理创新典型案例汇编"),
 *   without doubling a word the name already ends with (never "…名单名单");
 * - several programmes → a neutral title for the kind ("典型案例汇编", "实验区名单");
 * - several kinds → every kind named ("实验区、典型案例和其他名单汇总表"), even when only one
 *   of them carries a programme: a zone programme's name would mislabel the cases beside it,
 *   and leaving a kind out would misname a sheet that counts its rows;
 * - records all of one batch or year (a grid filtered to 2019) → that batch or year before
 *   the name ("第四批全国…实验区名单", "2019年度…名单"), as the list was published: a leader
 *   reading an attachment without it cannot tell which list it is. Several years: none.
 */
import type { RecordKind } from '../../../shared/domain';

export type TitleSuffix = '名单' | '汇编' | '汇总表';

/** Words a programme name may already end with; the suffix replaces them. */
const ENDINGS = /(名单|名录|汇编|汇总表|一览表)$/;

/** A kind named in a title: other lists too, or a sheet counting them would be misnamed. */
const NEUTRAL: Record<RecordKind, string> = {
  zone: '实验区',
  case: '典型案例',
  observation: '观察点',
  other: '其他名单',
};

/** The suffix after a name, unless the name already ends with it ("其他名单" + 名单). */
const ending = (name: string, suffix: TitleSuffix) =>
  name.endsWith(suffix) ? name : `${name}${suffix}`;

export function withSuffix(name: string, suffix: TitleSuffix): string {
  const base = name.trim().replace(ENDINGS, '');
  return `${base}${suffix}`;
}

/** Distinct programme names of a selection, in first-seen order (unnamed ones left out). */
export function programmesOf(records: readonly { programme: string | null }[]): string[] {
  const seen = new Set<string>();
  for (const r of records) {
    const p = r.programme?.trim();
    if (p) seen.add(p);
  }
  return [...seen];
}

/** A year written in a name or batch (2019年, 2021年度). */
const YEAR = /(19|20)\d{2}年/;

/**
 * The batch every record shares (第四批, 2021年度) when they are of one programme, else the
 * year every record shares as 某年度, else '' (several batches or years, or none known). A
 * batch is a rank within one programme's lists: 第一批 shared by two programmes' records names
 * no one list, and before a neutral title ("第一批实验区名单") it would read as one.
 */
export function editionOf(
  records: readonly { year: number | null; batch: string | null; programme?: string | null }[],
) {
  const batches = new Set(records.map((r) => r.batch?.trim() ?? ''));
  const [batch] = batches;
  const oneProgramme = programmesOf(records.map((r) => ({ programme: r.programme ?? null })));
  if (batches.size === 1 && batch && oneProgramme.length <= 1) return batch;
  const years = new Set(records.map((r) => r.year));
  const [year] = years;
  return years.size === 1 && typeof year === 'number' ? `${year}年度` : '';
}

/** The edition before a title, unless the title already names it or a year of its own. */
function withEdition(title: string, edition: string): string {
  if (!edition || title.includes(edition)) return title;
  if (YEAR.test(edition) && YEAR.test(title)) return title;
  return `${edition}${title}`;
}

export function deriveTitle(
  kinds: readonly RecordKind[],
  programmes: readonly string[],
  suffix: TitleSuffix,
  edition = '',
): string {
  return withEdition(baseTitle(kinds, programmes, suffix), edition);
}

function baseTitle(
  kinds: readonly RecordKind[],
  programmes: readonly string[],
  suffix: TitleSuffix,
): string {
  const [only] = programmes;
  if (programmes.length === 1 && only && kinds.length <= 1) return withSuffix(only, suffix);
  const named = kinds.map((k) => NEUTRAL[k]);
  if (named.length === 0) return suffix;
  const list =
    named.length === 1
      ? (named[0] ?? '')
      : `${named.slice(0, -1).join('、')}和${named[named.length - 1] ?? ''}`;
  return ending(list, suffix);
}
