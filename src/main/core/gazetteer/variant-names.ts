/**
 * Place names written in an older or variant form that OpenCC's simplification does not
 * reach, mapped to the form the division list uses. Each entry is a documented renaming
 * of the written characters (same length, so offsets into the text stay exact).
 */
export const VARIANT_NAMES: readonly { written: string; current: string; source: string }[] = [
  // 1956: 国务院批准瑷珲县改名爱辉县 (生僻字更换); 1983 黑河市爱辉区 keeps the new form.
  { written: '瑷珲', current: '爱辉', source: '1956年国务院批准瑷珲县更名爱辉县' },
  // 甯 is a variant of 寧 that traditional-character pages keep (甯鄉, 常甯) and OpenCC
  // leaves alone; no division, township or village name of the lists is written with it.
  { written: '甯', current: '宁', source: '《第一批异体字整理表》甯 为 寧 的异体' },
  // 陜 is the form of 陝/陕 that Taiwan's standard and Big5 pages use (陜西, 陜州區); OpenCC keeps
  // it, and no division name of the lists is written with it.
  { written: '陜', current: '陕', source: '《國字標準字體》陜 为 陝 的标准字形' },
];

/** `key` with every variant form replaced by the current one. */
export function withCurrentNames(key: string): string {
  let out = key;
  for (const v of VARIANT_NAMES)
    if (out.includes(v.written)) out = out.split(v.written).join(v.current);
  return out;
}
