/**
 * Name → units map for longest-match lookups. Each unit is indexed under its full
 * (simplified) name and under the short forms staff write: 南京 for 南京市, 鄞州 for
 * 鄞州区, 宁夏 for 宁夏回族自治区, 恩施州 / 恩施 for 恩施土家族苗族自治州. Short forms
 * shorter than two characters are never indexed (城区, 南县 and 攸县 only match in full).
 */
import type { DevZone, Unit } from './gazetteer-data';

export interface KeyHit {
  unit: Unit | null;
  zone: DevZone | null;
  /** a short form: accepted only at a boundary or before another region part */
  short: boolean;
}

export interface NameIndex {
  keys: Map<string, KeyHit[]>;
  /** first character → key lengths present, longest first */
  lengths: Map<string, number[]>;
}

// The 55 minority nationalities that appear in autonomous-area names. Some official names
// write a nationality without 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州, 察布查尔锡伯自治县);
// only those of two characters or more may, so a one-character stem is never cut short.
const ETHNIC =
  '(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族|维吾尔|蒙古|哈萨克|柯尔克孜|锡伯|塔吉克)';
const AUTONOMOUS = new RegExp(`(?:${ETHNIC})+(自治区|自治州|自治县|自治旗)$`);
// A district named for a nationality without being autonomous (管城回族区, 瀍河回族区):
// staff write it without the nationality (管城区), as they write 彭水县 for an autonomous one.
const ETHNIC_DISTRICT = new RegExp(`(?:${ETHNIC})+区$`);
/** The committee running a zone, written after the zone's name (某某管理区管委会). */
const COMMITTEE = /(?<=管理区)(?:管委会|管理委员会)$/;
const PLAIN_SUFFIX = /(特别行政区|自治区|省|市|地区|林区|特区|区|县|旗|盟)$/;
const AUTONOMOUS_GENERIC: Record<string, string> = {
  自治州: '州',
  自治县: '县',
  自治旗: '旗',
  自治区: '',
};

export function shortForms(name: string): string[] {
  const out = new Set<string>();
  // 内蒙古自治区 is no 内 + 蒙古 autonomous area: a stem of one character reads as a plain name.
  const found = AUTONOMOUS.exec(name);
  const auto = found && found.index >= 2 ? found : null;
  if (auto) {
    const stem = name.slice(0, auto.index);
    const generic = AUTONOMOUS_GENERIC[auto[1]!] ?? '';
    if (stem.length >= 2) out.add(stem);
    if (generic && stem.length >= 1) out.add(stem + generic);
    // A region written by its short name and the bare generic (新疆自治区, 广西自治区).
    if (auto[1] === '自治区' && stem.length >= 2) out.add(stem + '自治区');
    // Written as a province (广西省上林县, 宁夏省银川市), as 广西 was one until 1958 and as staff
    // still write it: the region all the same.
    if (auto[1] === '自治区' && stem.length >= 2) out.add(stem + '省');
  } else if (COMMITTEE.test(name)) {
    // A zone named after the committee that runs it (乌拉盖管理区管委会) is written by the zone's
    // name or its own words alone (乌拉盖管理区, 乌拉盖), as a county is by its stem.
    const zone = name.replace(COMMITTEE, '');
    const stem = zone.replace(/管理区$/, '');
    if (stem.length >= 2) out.add(zone).add(stem);
  } else {
    const district = ETHNIC_DISTRICT.exec(name);
    if (district && district.index >= 2 && !name.endsWith('自治区'))
      out.add(name.slice(0, district.index) + '区');
    const plain = PLAIN_SUFFIX.exec(name);
    if (plain) {
      const stem = name.slice(0, plain.index);
      if (stem.length >= 2) out.add(stem);
    }
  }
  for (const w of wingForms(name)) out.add(w);
  out.delete(name);
  return [...out];
}

/**
 * A wing's name written by its stem's first character and 左/右 (喀喇沁左翼蒙古族自治县 as 喀左县
 * or 喀左, 科尔沁左翼中旗 as 科左中旗, 察哈尔右翼前旗 as 察右前旗): the official short form
 * staff and ministries' lists write.
 */
const WING = /^([\u4e00-\u9fff]{2,4}?)([左右])翼(.+)$/;

function wingForms(name: string): string[] {
  const m = WING.exec(name);
  if (!m) return [];
  const head = m[1]![0]! + m[2]!;
  const rest = m[3]!;
  const auto = AUTONOMOUS.exec(rest);
  if (auto?.index === 0) {
    const generic = AUTONOMOUS_GENERIC[auto[1]!] ?? '';
    return [head, head + generic];
  }
  return [head + rest];
}

/**
 * A county-level management zone (管理区) of the statistics is named with its city in front
 * (常德市西洞庭管理区, 张家口市察北管理区), but lists write it by its own name (西洞庭管理区): that
 * name is as distinctive as a county's, so it is indexed in full too. Other zones keep only
 * their names: a development zone's own words without its city (经济开发区) name no one.
 */
function ownZoneName(u: Unit): string | null {
  const city = u.parent?.name;
  if (!u.pseudo || !city || !u.name.startsWith(city)) return null;
  const own = u.name.slice(city.length);
  return own.length >= 4 && own.endsWith('管理区') ? own : null;
}

function add(index: NameIndex, key: string, hit: KeyHit): void {
  const list = index.keys.get(key);
  if (list) {
    if (!list.some((h) => h.unit === hit.unit && h.zone === hit.zone)) list.push(hit);
  } else index.keys.set(key, [hit]);
}

export function buildNameIndex(units: Unit[], zones: DevZone[]): NameIndex {
  const index: NameIndex = { keys: new Map(), lengths: new Map() };
  for (const u of units) {
    for (const name of u.key === u.name ? [u.name] : [u.key, u.name]) {
      add(index, name, { unit: u, zone: null, short: false });
      for (const s of shortForms(name)) add(index, s, { unit: u, zone: null, short: true });
    }
  }
  for (const u of units) {
    const own = ownZoneName(u);
    if (own) add(index, own, { unit: u, zone: null, short: false });
  }
  for (const z of zones)
    for (const name of z.names) add(index, name, { unit: null, zone: z, short: false });
  // A full name beats the same string as someone's short form (吉林 is no one's full name,
  // but 津市 must not shadow 津市市's full key): drop short hits where a full hit exists.
  for (const [key, hits] of index.keys) {
    if (hits.some((h) => !h.short) && hits.some((h) => h.short))
      index.keys.set(
        key,
        hits.filter((h) => !h.short),
      );
    const first = key.charAt(0);
    const lens = index.lengths.get(first) ?? [];
    if (!lens.includes(key.length)) lens.push(key.length);
    index.lengths.set(first, lens);
  }
  for (const lens of index.lengths.values()) lens.sort((a, b) => b - a);
  return index;
}

/** Every (length, hits) that starts at `pos`, longest first. */
export function hitsAt(
  index: NameIndex,
  text: string,
  pos: number,
): { len: number; hits: KeyHit[] }[] {
  const lens = index.lengths.get(text.charAt(pos));
  if (!lens) return [];
  const out: { len: number; hits: KeyHit[] }[] = [];
  for (const len of lens) {
    if (pos + len > text.length) continue;
    const hits = index.keys.get(text.substr(pos, len));
    if (hits) out.push({ len, hits });
  }
  return out;
}
