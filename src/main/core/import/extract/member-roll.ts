/**
 * A run of organ lines at a page's foot that is no signature but a roll of member units: the
 * same organ repeated after place after place (北京市民政局, 天津市民政局, 河北省民政厅…). Joint
 * issuers sign as distinct bodies however many they are (民政部等22部门 sign one a line), and a
 * handful of one organ from several places (长三角三省一市民政部门, eight provinces' 民政厅)
 * still sign together; past ten organs, one organ kind held by half of them is a roll.
 */

/** The place an organ's name opens with ("河北省", "延吉市", "内蒙古自治区"). */
const PLACE_HEAD = /^[\u4e00-\u9fff]{1,9}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|区|旗)/;

/** Whether the organs read upward from the foot (each entry one line's) are a roll of members. */
export function isMemberRoll(lines: readonly string[]): boolean {
  const organs = lines.join(' ').split(/\s+/);
  if (organs.length <= 10) return false;
  const kinds = new Map<string, number>();
  for (const o of organs) {
    const kind = o.replace(PLACE_HEAD, '');
    if (kind !== o && kind !== '') kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return Math.max(0, ...kinds.values()) * 2 >= organs.length;
}
