/**
 * Table headers read by what they name, beyond the fixed header lists of table-columns.ts:
 * the column of a listed thing's own name (景区名称, 园区名称, 养老机构名称, 示范区名称), the column
 * of the body that runs or answers for it (管理单位, 主管单位), which names no unit of the list,
 * and a header offering two names for one column (流域机构/省份), read by the one that is a
 * place level.
 */
import type { ColumnRole } from './table-columns';

/**
 * "某某名称": the name of what the list lists, whatever the thing is. Headers a fixed list
 * already reads (单位名称, 项目名称, 案例名称) and level words (社区名称) are read before this.
 */
const THING_NAME = /^[\u4e00-\u9fff]{1,6}名称$/;

/**
 * The body that manages, runs, hosts or answers for the listed thing (a site's managing
 * company, a ranch's operator): a fact of the row, never the unit the list names, though its
 * header ends in 单位 like 示范单位 or 入选单位 do. A 建设单位 or 申报主体单位 is no such body:
 * in a programme's words the building or applying unit is the one listed (示范县建设单位).
 */
const MANAGING_BODY =
  /^(?:管理|主管|业务主管|运营|运管|经营|承办|承建|责任|监管|联系|挂靠|依托|托管)单位$/;

const PLACE_LEVELS: readonly ColumnRole[] = ['province', 'city', 'region', 'unit'];

/** Reads a header the fixed lists left unread; `plain` reads one part of a two-name header. */
export function roleByNoun(
  k: string,
  plain: (part: string) => ColumnRole | null,
): ColumnRole | null {
  if (THING_NAME.test(k)) return 'name';
  const parts = k.split(/[/／]/).filter((p) => p !== '');
  if (parts.length < 2) return null;
  for (const part of parts) {
    const role = plain(part);
    if (role && PLACE_LEVELS.includes(role)) return role;
  }
  return null;
}

/** A header naming the body that manages the listed thing: a remark on the row. */
export const managingBodyHeader = (k: string): boolean => MANAGING_BODY.test(k);
