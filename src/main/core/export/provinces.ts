/**
 * The 31 province-level units and the 新疆生产建设兵团 in official (GB/T 2260 code) order.
 * National fact. The 兵团 has no GB/T 2260 code: "66" is the conventional internal sort key
 * (the gazetteer sorts it as 660000), never shown as a code.
 */
import { compareOfficialOrder } from '../gazetteer/official-order';

export interface Province {
  /** Two-digit code prefix (sort key "66" for the 兵团). */
  code: string;
  name: string;
  short: string;
}

export const PROVINCES: readonly Province[] = [
  ['11', '北京市', '北京'],
  ['12', '天津市', '天津'],
  ['13', '河北省', '河北'],
  ['14', '山西省', '山西'],
  ['15', '内蒙古自治区', '内蒙古'],
  ['21', '辽宁省', '辽宁'],
  ['22', '吉林省', '吉林'],
  ['23', '黑龙江省', '黑龙江'],
  ['31', '上海市', '上海'],
  ['32', '江苏省', '江苏'],
  ['33', '浙江省', '浙江'],
  ['34', '安徽省', '安徽'],
  ['35', '福建省', '福建'],
  ['36', '江西省', '江西'],
  ['37', '山东省', '山东'],
  ['41', '河南省', '河南'],
  ['42', '湖北省', '湖北'],
  ['43', '湖南省', '湖南'],
  ['44', '广东省', '广东'],
  ['45', '广西壮族自治区', '广西'],
  ['46', '海南省', '海南'],
  ['50', '重庆市', '重庆'],
  ['51', '四川省', '四川'],
  ['52', '贵州省', '贵州'],
  ['53', '云南省', '云南'],
  ['54', '西藏自治区', '西藏'],
  ['61', '陕西省', '陕西'],
  ['62', '甘肃省', '甘肃'],
  ['63', '青海省', '青海'],
  ['64', '宁夏回族自治区', '宁夏'],
  ['65', '新疆维吾尔自治区', '新疆'],
  ['66', '新疆生产建设兵团', '兵团'],
].map(([code, name, short]) => ({ code: code ?? '', name: name ?? '', short: short ?? '' }));

const byName = new Map<string, Province>();
for (const p of PROVINCES) {
  byName.set(p.name, p);
  byName.set(p.short, p);
}
byName.set('新疆兵团', byName.get('兵团') as Province);
const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

/** The label used when a record names no province and has no code. */
export const UNKNOWN_PROVINCE = '未注明省份';

/**
 * The province of a record: its `province` field (full or short name), else the first two
 * digits of its code. A name we do not know is kept as written rather than dropped.
 */
export function provinceOf(
  province: string | null,
  code: string | null,
): { name: string; sortCode: string | null } {
  const written = province?.trim();
  if (written) {
    const known = byName.get(written);
    return known ? { name: known.name, sortCode: known.code } : { name: written, sortCode: null };
  }
  const known = code ? byCode.get(code.slice(0, 2)) : undefined;
  return known
    ? { name: known.name, sortCode: known.code }
    : { name: UNKNOWN_PROVINCE, sortCode: null };
}

/** Official order of province labels: by code, 兵团 after the provinces, uncoded last. */
export const compareProvince = (
  a: { name: string; sortCode: string | null },
  b: { name: string; sortCode: string | null },
): number =>
  compareOfficialOrder(a.sortCode && a.sortCode + '0000', b.sortCode && b.sortCode + '0000') ||
  // Two uncoded labels: 未注明省份 after any name staff typed, otherwise by name.
  Number(a.name === UNKNOWN_PROVINCE) - Number(b.name === UNKNOWN_PROVINCE) ||
  a.name.localeCompare(b.name, 'zh-CN');
