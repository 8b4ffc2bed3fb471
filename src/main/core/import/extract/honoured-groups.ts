/**
 * "某市某某志愿服务队等11个“最佳…组织”", "某区某局“乐享…”志愿服务项目等9个“最佳…项目”",
 * "某省某某义工协会、某市“…”志愿服务队被评为…": a group, a centre or a project named after the
 * place it belongs to, honoured by kind (the count of its kind in quotes, or the verb that
 * honours it). Each is an entry at that place: a group or a centre is listed as itself (no
 * title), a project by its own name, without the place or the organ that runs it. A person
 * named after the group ("…志愿服务队队员某某") goes on past the group's noun and is none.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

/** A social organisation's own name after its place, before the verb that lists it. */
export const ORGANISATION =
  /^(?:(?![，。,;；、的被和及与等为])[\u4e00-\u9fff]){2,12}?(?:社会工作服务社|服务社|服务中心|发展中心|服务站|工作站|协会|促进会|联合会|基金会)(?=(?:被|成功|光荣|顺利)?(?:入选|评为|认定为|命名为|确定为|获评|荣获|上榜))/;

const N = `(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** The name after the place up to its kind noun; quotes may sit inside ("“周末…”志愿服务队"). */
const GROUP = new RegExp(
  `^((?:(?![，。,;；、的被和及与等为])[\\u4e00-\\u9fff“”"「」]){1,24}?(?:服务队|志愿队|协会|联合会|促进会|文明实践中心|实践所|实践站|服务中心|服务站|服务项目|项目))`,
);
/** What may follow the name: nothing (the enumeration goes on), or its kind counted in quotes. */
const COUNTED_KIND = new RegExp(`^\\s*等\\s*${N}\\s*个\\s*[“"「]`);
/** The organ or group running a project, before the project's own name ("城市管理局…"). */
const ORGAN_HEAD =
  /^[\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|部|院|馆|政府|队|协会|联合会|中心)(?=[\u4e00-\u9fff“"「]{4})/;

export interface HonouredGroup {
  /** Length of the name in the rest. */
  length: number;
  /** The entry's title: a project's own name, or none for a group or centre. */
  title: string;
}

/**
 * The honoured group, centre or project `rest` (the words after a place) opens with, when
 * what follows it is nothing, a count of its kind in quotes, or a verb `classify` reads as
 * making it a member.
 */
export function honouredGroup(
  rest: string,
  rawRest: string,
  classify: (after: string) => { rest: string },
): HonouredGroup | null {
  const m = GROUP.exec(rest);
  if (!m) return null;
  const length = m[1]!.length;
  const after = rest.slice(length);
  if (after.trim() !== '' && !COUNTED_KIND.test(after) && classify(after).rest !== 'member')
    return null;
  // The key (simplified, same length) is tested; the title is cut from the words as written.
  const name = m[1]!;
  if (!/项目$/.test(name)) return { length, title: '' };
  const organ = ORGAN_HEAD.exec(name)?.[0] ?? '';
  return { length, title: rawRest.slice(organ.length, length).trim() };
}
