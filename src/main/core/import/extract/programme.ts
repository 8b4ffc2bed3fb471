/**
 * What a list is about (zone / case / observation / other) and which programme it
 * belongs to, read from the words around it: "2021年度全国基层治理创新典型案例",
 * "第四批全国社区治理和服务创新实验区", "全省…观察点" (全省 becomes the province).
 */
import type { RecordKind } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { keyOf } from './text-key';

const KIND_WORDS: { kind: Exclude<RecordKind, 'other'>; re: RegExp }[] = [
  { kind: 'zone', re: /实验区|实验县|实验单位|试验区|实验基地|试点单位|试点县|试点地区|实验点/g },
  { kind: 'case', re: /典型案例|优秀案例|创新案例|案例/g },
  { kind: 'observation', re: /观察点|观测点|联系点/g },
];
/** A heading that names a list without naming zones, cases or observation points. */
const LIST_WORDS = /名单|名录|目录|清单|一览/;

/** The kind named last in `text` (the head noun of a Chinese phrase comes last). */
export function kindNamed(text: string | null | undefined): Exclude<RecordKind, 'other'> | null {
  if (!text) return null;
  const key = keyOf(text);
  let best: { kind: Exclude<RecordKind, 'other'>; at: number } | null = null;
  for (const { kind, re } of KIND_WORDS) {
    for (const m of key.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      if (!best || at > best.at) best = { kind, at };
    }
  }
  return best?.kind ?? null;
}

export function namesOtherList(text: string | null | undefined): boolean {
  return !!text && LIST_WORDS.test(keyOf(text)) && kindNamed(text) === null;
}

const PHRASE_END =
  /实验区|实验县\(市、区\)|实验县|试验区|试点单位|典型案例|优秀案例|观察点|观测点|实验单位/g;
const PHRASE_CHARS = /[\u4e00-\u9fff0-9“”"()（）、]/;
/** Words after which the programme name starts (the verb or frame before it is cut). */
const CUT_WORDS =
  /.*(关于|开展|做好|加强|推进|组织|申报|创建|确认为|认定为|命名为|确定为|列为|评为|作为|公布|发布|确认|同意|涌现|遴选出?|入选|一批|批复|对|的|了|为|将|是)/;

export interface Programme {
  name: string;
  year: number | null;
  batch: string | null;
}

/** The programme a phrase names, or null. `province` replaces 全省/我省/本省. */
export function programmeIn(
  text: string | null | undefined,
  province: string | null,
): Programme | null {
  if (!text) return null;
  const key = keyOf(text);
  let found: Programme | null = null;
  for (const m of key.matchAll(PHRASE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    let start = end - m[0].length;
    while (start > 0 && end - start < 48 && PHRASE_CHARS.test(key[start - 1] ?? '')) start--;
    let phrase = key.slice(start, end);
    const cut = CUT_WORDS.exec(phrase.slice(0, phrase.length - m[0].length));
    if (cut) phrase = phrase.slice(cut[0].length);
    const provincial = /(全省|我省|本省)/.test(key.slice(Math.max(0, start - 12), end));
    phrase = phrase.replace(/[“”"]/g, '').replace(/^各地/, '');
    const own = /全省|我省|本省/.exec(phrase);
    if (own)
      phrase = phrase.replace(own[0], province && !phrase.includes(province) ? province : '');
    phrase = phrase.replace(new RegExp(`[0-9${CHINESE_NUMERAL_CHARS}]+个`, 'g'), '');
    const batchMatch = new RegExp(`第[0-9${CHINESE_NUMERAL_CHARS}]+批`).exec(phrase);
    const batch = batchMatch ? batchMatch[0] : null;
    if (batch) phrase = phrase.replace(batch, '');
    const yearMatch = /((?:19|20)\d{2})年度?/.exec(phrase);
    if (phrase.length < m[0].length + 2) continue;
    if (provincial && !own && province && !phrase.includes(province)) phrase = province + phrase;
    found = { name: phrase, year: yearMatch ? Number(yearMatch[1]) : null, batch };
    break;
  }
  return found;
}

/** A list's own name from its heading when it names no programme (涉嫌非法社会组织名单). */
export function listName(heading: string | null | undefined): Programme | null {
  if (!heading) return null;
  let key = keyOf(heading).replace(/^#+/, '');
  const cut = /.*(关于|公布|发布|印发|确认)/.exec(key);
  if (cut) key = key.slice(cut[0].length);
  key = key.replace(/(的通知|的公告|的公示|的通报)$/, '');
  const batchMatch = new RegExp(`第[0-9${CHINESE_NUMERAL_CHARS}]+批`).exec(key);
  const yearMatch = /((?:19|20)\d{2})年度?/.exec(key);
  return key.length >= 2
    ? { name: key, year: yearMatch ? Number(yearMatch[1]) : null, batch: batchMatch?.[0] ?? null }
    : null;
}
