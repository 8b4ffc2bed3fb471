/**
 * The space inside a province's two-character short name padded to the width of 内蒙古 at the
 * head of a line before its colon ("浙 江:湖州市、台州市"), or alone on its line over the line of
 * its units ("北 京" over "西城區", "江 蘇" over "蘇州市、無錫市"): a list by province aligns its
 * labels, and a label cut in two names no province. Only the provinces' own short names are
 * joined (and their traditional forms), and only at a colon or the line's end, so a sentence
 * that happens to space them keeps its space.
 */
const PROVINCE_SHORT = [
  '北京',
  '天津',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  // As traditional copies write them.
  '遼寧',
  '江蘇',
  '山東',
  '廣東',
  '廣西',
  '重慶',
  '貴州',
  '雲南',
  '陝西',
  '甘肅',
  '寧夏',
];
export const PROVINCE_PADDING = PROVINCE_SHORT.map(
  ([a, b]) => `(?<=^[ \\t\\u3000]*${a})[ \\u3000]{1,3}(?=${b}[ \\u3000]*(?:[：:]|\\r?$))`,
).join('|');
