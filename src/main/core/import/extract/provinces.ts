/**
 * Province-level divisions: full names, the short names notices use as labels
 * ("内蒙古：…", "山东。…") and the one-character abbreviations 文号 start with (吉民发).
 * National fact, not data from any notice.
 */
export interface ProvinceInfo {
  name: string;
  short: string;
  /** One-character abbreviations (简称) used in document numbers. */
  abbr: string[];
}

export const PROVINCES: readonly ProvinceInfo[] = [
  { name: '北京市', short: '北京', abbr: ['京'] },
  { name: '天津市', short: '天津', abbr: ['津'] },
  { name: '河北省', short: '河北', abbr: ['冀'] },
  { name: '山西省', short: '山西', abbr: ['晋'] },
  { name: '内蒙古自治区', short: '内蒙古', abbr: ['蒙', '内'] },
  { name: '辽宁省', short: '辽宁', abbr: ['辽'] },
  { name: '吉林省', short: '吉林', abbr: ['吉'] },
  { name: '黑龙江省', short: '黑龙江', abbr: ['黑'] },
  { name: '上海市', short: '上海', abbr: ['沪'] },
  { name: '江苏省', short: '江苏', abbr: ['苏'] },
  { name: '浙江省', short: '浙江', abbr: ['浙'] },
  { name: '安徽省', short: '安徽', abbr: ['皖'] },
  { name: '福建省', short: '福建', abbr: ['闽'] },
  { name: '江西省', short: '江西', abbr: ['赣'] },
  { name: '山东省', short: '山东', abbr: ['鲁'] },
  { name: '河南省', short: '河南', abbr: ['豫'] },
  { name: '湖北省', short: '湖北', abbr: ['鄂'] },
  { name: '湖南省', short: '湖南', abbr: ['湘'] },
  { name: '广东省', short: '广东', abbr: ['粤'] },
  { name: '广西壮族自治区', short: '广西', abbr: ['桂'] },
  { name: '海南省', short: '海南', abbr: ['琼'] },
  { name: '重庆市', short: '重庆', abbr: ['渝'] },
  { name: '四川省', short: '四川', abbr: ['川', '蜀'] },
  { name: '贵州省', short: '贵州', abbr: ['黔', '贵'] },
  { name: '云南省', short: '云南', abbr: ['云', '滇'] },
  { name: '西藏自治区', short: '西藏', abbr: ['藏'] },
  { name: '陕西省', short: '陕西', abbr: ['陕', '秦'] },
  { name: '甘肃省', short: '甘肃', abbr: ['甘', '陇'] },
  { name: '青海省', short: '青海', abbr: ['青'] },
  { name: '宁夏回族自治区', short: '宁夏', abbr: ['宁'] },
  { name: '新疆维吾尔自治区', short: '新疆', abbr: ['新'] },
  { name: '新疆生产建设兵团', short: '兵团', abbr: ['新兵', '兵'] },
  { name: '台湾省', short: '台湾', abbr: ['台'] },
  { name: '香港特别行政区', short: '香港', abbr: ['港'] },
  { name: '澳门特别行政区', short: '澳门', abbr: ['澳'] },
];

/** Written forms of each province, longest first so 新疆生产建设兵团 wins over 新疆. */
const FORMS: { form: string; info: ProvinceInfo }[] = PROVINCES.flatMap((info) => {
  const forms = new Set([info.name, info.short]);
  if (info.name.endsWith('自治区')) forms.add(info.short + '自治区');
  if (info.short === '兵团') forms.add('新疆兵团');
  return [...forms].map((form) => ({ form, info }));
}).sort((a, b) => b.form.length - a.form.length);

/** The province named at the start of `key` (simplified), with the length written. */
export function provinceAt(key: string, from = 0): { info: ProvinceInfo; length: number } | null {
  for (const { form, info } of FORMS) {
    if (!key.startsWith(form, from)) continue;
    // "湖南镇", "山西乡", "江西街道": a township named like a province, never the province.
    const after = key.slice(from + form.length, from + form.length + 2);
    if (form === info.short && /^(?:镇|乡(?![村镇])|街道)/.test(after)) continue;
    return { info, length: form.length };
  }
  return null;
}

export function provinceByName(name: string): ProvinceInfo | null {
  const hit = provinceAt(name);
  return hit && hit.length === name.length ? hit.info : null;
}
