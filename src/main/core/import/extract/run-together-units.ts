/**
 * Communities or villages under their townships run together with no separator at all, the
 * copy having lost the spaces or line breaks between them: "一、…最佳组织奖：塔山街道西咸欢社区
 * 蕺山街道昌安东村社区北海街道西小路社区…". A line (or what follows its last colon) that is wholly
 * such units, at least two, each a township (街道, 镇, 乡) and its community, village or
 * residents' committee, is a list of them. They lie in the one county the text writes (the
 * district's own organs, 越城区委宣传部), else in the one county that holds their townships;
 * with neither they stay unread. A line with any separator is left to the lists that read one.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';
import { oneCountyWritten } from './written-counties';

const NOT_UNIT_START = '(?!社区|村|居委会)';
const TOWN = `${NOT_UNIT_START}[\\u4e00-\\u9fff]{2,6}?(?:街道|镇|乡)`;
const UNIT = `${NOT_UNIT_START}[\\u4e00-\\u9fff]{1,8}?(?:社区|村|居委会)`;
/** One township and its unit at the front, followed by the next township or the end. */
const UNIT_AT = new RegExp(`^(${TOWN}${UNIT})(?=${TOWN}|$)`);
const SEPARATOR = /[、，,；;。\s]/;

/** The units a run is made of, or null when it is not wholly such units. */
function unitsOf(run: string): string[] | null {
  const out: string[] = [];
  let rest = run;
  while (rest !== '') {
    const m = UNIT_AT.exec(rest);
    if (!m) return null;
    out.push(m[1] ?? '');
    rest = rest.slice((m[1] ?? '').length);
  }
  return out;
}

export function detectRunTogetherUnits(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    const key = line.key.trimEnd().replace(/[。；;]$/, '');
    const colon = Math.max(key.lastIndexOf('：'), key.lastIndexOf(':'));
    const run = key.slice(colon + 1).trim();
    if (run.length < 8 || SEPARATOR.test(run)) continue;
    const units = unitsOf(run);
    if (!units || units.length < 2) continue;
    let at = line.start + key.indexOf(run);
    // The county is one the text writes outside the run: a township's name opening it (东城街道
    // read short as 东城区) is no county written.
    const outside = doc.key.slice(0, at) + ' ' + doc.key.slice(at + run.length);
    const county = oneCountyWritten(outside, lookup)?.name ?? null;
    const context =
      county !== null ? { county } : (lookup.countyOfManyTowns?.(units, units.length) ?? null);
    if (!context) continue;
    const items = units.map((unit): ItemDraft => {
      const item: ItemDraft = {
        seq: null,
        start: at,
        end: at + unit.length,
        regionText: doc.text.slice(at, at + unit.length),
        regionContext: context,
        title: '',
        warnings: [],
      };
      at += unit.length;
      return item;
    });
    lists.push({
      layout: 'sentence',
      items,
      start: items[0]?.start ?? line.start,
      end: at,
      lineIndexes: [line.index],
    });
  }
  return lists;
}
