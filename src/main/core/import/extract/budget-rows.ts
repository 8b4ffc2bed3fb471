/**
 * A table of how money is spent ("序号 | 项目 | 人数/户数 | 标准 | 金额(元)": 记账户补贴, 辅导员补贴):
 * a notice allotting funds to a unit it names in its text sets out the allowances, not units.
 * Its rows list nothing the ledger keeps. The header says so — a column of sums (金额, 资金, 经费,
 * 预算) beside a column of the items paid for (项目, 用途, 支出) — and no row names a place; a
 * table of units with their grants (单位名称 | 补助资金, or 某县某村 | 5万元) is a list of units
 * again.
 */
import type { Cell } from './table-columns';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** A column of sums of money. */
const SUM = /金额|资金|经费|预算|款项/;
/** A column of what the money pays for. */
const PAID_FOR = /^(?:支出)?(?:项目|用途|支出|开支|费用)(?:名称|内容)?$/;

/**
 * A column naming who carries the money out or where it goes (实施单位, 承担单位, 县(市、区),
 * 社区): its cells are units even when no place opens them ("市社会福利院"). A bare 单位 or a
 * 计量单位 beside 数量 is a unit of measure.
 */
const UNITS_COLUMN = /[^计量]{2}单位|单位名称|机构|主体|地区|县|市|区|乡|镇|街道|村|社区/;

const cellsOf = (row: Cell[]): string[] => row.map((c) => toKey(c.text).replace(/\s+/g, ''));

export function listsSpending(
  header: readonly string[],
  rows: Cell[][],
  lookup: RegionLookup,
): boolean {
  const head = header.map((h) => toKey(h).replace(/\s+/g, ''));
  if (!head.some((h) => SUM.test(h)) || !head.some((h) => PAID_FOR.test(h))) return false;
  if (head.some((h) => !PAID_FOR.test(h) && UNITS_COLUMN.test(h))) return false;
  return rows.every((row) =>
    cellsOf(row).every((t) => t === '' || (lookup.splitPrefix(t, {})?.end ?? 0) < 2),
  );
}
