/**
 * Communities named bare, the way a district writes its own: "确定于赵、肖何、南关5个社区为
 * 首批试点", "创建便民服务型社区4个：绿化村、惠工街、黄家塘、朝阳路；". No name carries a place
 * or even 社区, so no layout reads them; what makes them entries is the count said right
 * beside them, equal to the names joined by 、, and one county named before them in the text
 * (the district's bureau, its office) that they lie in. Each is read as "name + 社区/村" under
 * that county; without exactly one county before them they stay unread (and are reported).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import { regionParts } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const NOUN = '(社区|村|居委会|居民区)';
/** "A、B、C 3个社区": the names first, the count and the unit noun after them. */
const COUNT_AFTER = new RegExp(
  `([\\u4e00-\\u9fff]{2,12})((?:、[\\u4e00-\\u9fff]{2,4})+)\\s*${N}\\s*个${NOUN}`,
  'g',
);
/** "…型社区4个：A、B、C；": a counted group, then its names up to the clause's end. */
const COUNT_BEFORE = new RegExp(
  `${NOUN}\\s*${N}\\s*个\\s*[:：]\\s*([\\u4e00-\\u9fff]{2,5}(?:、[\\u4e00-\\u9fff]{2,5})+)(?=[;；。,，]|\\s*$)`,
  'gm',
);
/** Words that lead into the first name of a COUNT_AFTER run ("今年确定于赵、…"). */
const LEAD = /^.*(确定|包括|分别是|分别为|即|有|为|是|将|把|对|等)/;
const UNIT_END = /(社区|村|居委会|居民区|嘎查)$/;
/** A county's name, not a word for a kind of area (社区, 城区, 小区, 园区, 新区, 片区…). */
const COUNTY_END = /^(?!.*(社区|小区|园区|景区|片区|校区|街区|辖区)$)[\u4e00-\u9fff]{2,}[区县旗]$/;

/** The one county written in the 300 characters before `at`, or null for none or several. */
function countyBefore(doc: KeyedText, at: number, lookup: RegionLookup): string | null {
  const found = new Set<string>();
  for (let i = Math.max(0, at - 300); i < at; i++) {
    if (!/[\u4e00-\u9fff]/.test(doc.key[i] ?? '')) continue;
    const hit = lookup.splitPrefix(doc.key.slice(i, Math.min(at, i + 12)), {});
    if (!hit || hit.end < 3) continue;
    const name = toKey(hit.regionText);
    if (COUNTY_END.test(name) && !regionParts(name).city) found.add(name);
    i += hit.end - 1;
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function itemsOf(
  doc: KeyedText,
  names: { name: string; start: number }[],
  noun: string,
  county: string,
): ItemDraft[] {
  return names.map(({ name, start }) => ({
    seq: null,
    start,
    end: start + name.length,
    regionText: UNIT_END.test(name) ? name : `${name}${noun}`,
    regionContext: { county },
    title: '',
    warnings: [],
  }));
}

/** The names of a 、-joined run starting at `from` in the raw text. */
function splitNames(doc: KeyedText, from: number, run: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  let at = from;
  for (const piece of run.split('、')) {
    out.push({ name: doc.text.slice(at, at + piece.length), start: at });
    at += piece.length + 1;
  }
  return out;
}

export function detectCountedNames(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  const lineOf = (offset: number): number =>
    doc.lines.find((l) => offset >= l.start && offset <= l.end)?.index ?? -1;
  const add = (names: { name: string; start: number }[], noun: string, stated: number | null) => {
    const first = names[0];
    const last = names[names.length - 1];
    if (!first || !last || stated !== names.length || names.length < 2) return;
    if (names.some((n) => n.name.length < 2 || n.name.length > 5)) return;
    const line = lineOf(first.start);
    if (consumed.has(line)) return;
    const county = countyBefore(doc, first.start, lookup);
    if (!county) return;
    lists.push({
      layout: 'sentence',
      items: itemsOf(doc, names, noun, county),
      start: first.start,
      end: last.start + last.name.length,
      lineIndexes: [line],
    });
  };
  for (const m of doc.key.matchAll(COUNT_AFTER)) {
    const head = m[1] ?? '';
    const lead = LEAD.exec(head);
    const firstName = lead ? head.slice(lead[0].length) : head;
    if (firstName.length < 2 || firstName.length > 4) continue;
    const from = (m.index ?? 0) + head.length - firstName.length;
    const run = `${firstName}${m[2] ?? ''}`;
    add(splitNames(doc, from, run), m[4] ?? '社区', parseNumber(m[3] ?? ''));
  }
  for (const m of doc.key.matchAll(COUNT_BEFORE)) {
    const run = m[3] ?? '';
    const from = (m.index ?? 0) + m[0].length - run.length;
    add(splitNames(doc, from, run), m[1] ?? '社区', parseNumber(m[2] ?? ''));
  }
  return lists;
}
