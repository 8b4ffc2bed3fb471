/**
 * "某市儿童福利院举行了全国…试点示范单位揭牌暨…启动仪式": an institution holding the unveiling of
 * the title it was given. The body is the story's one honoured unit, at the place its name opens
 * with (its whole name the unit). Only a body of a title (示范, 试点, 基地, 称号 between the verb
 * and the plaque): a new site's or a room's plaque names no honour; a government organ holding a
 * ceremony hands the plaque over and is no unit. Read only where nothing else listed.
 */
import type { ListDraft } from './drafts';
import { namesInstitution } from './labelled-bodies';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The body opening its clause, then 举行 and the plaque of a title within the sentence. */
const HELD =
  /(?:^|[，,。；;：:\n日])\s*([\u4e00-\u9fff（）()]{4,30}?)(?:隆重)?举行了?([^。；;\n]{2,60}?)(?:揭牌|授牌)/g;
/** The words of a title given: a demonstration, a pilot, a base, an honour's name. */
const TITLE_WORD = /示范|试点|基地|称号/;
/** Organs hold ceremonies for others: never the honoured unit. */
const ORGAN = /(?:局|厅|委员会|委|办公室|办|政府|党委|部)$/;
/** A body that hands titles out to its members (协会, 联合会…) holds their ceremony. */
const CONFERRER = /(?:协会|联合会|学会|促进会|研究会|联盟)$/;
/** The holder handing plaques to others further on ("…授牌仪式，为20家单位授牌"), not to itself (为该院). */
const HANDS_OUT = /[为向给](?![该其我本])[^。；;\n]{1,30}?授牌/;

export function detectPlaqueBody(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  for (const m of doc.key.matchAll(HELD)) {
    const body = m[1]!;
    if (!TITLE_WORD.test(m[2]!) || ORGAN.test(body) || !namesInstitution(body)) continue;
    // "某局在某院举行": the body is the organ, the institution only where it is held.
    if (body.includes('在') || CONFERRER.test(body)) continue;
    const rest = doc.key.slice((m.index ?? 0) + m[0].length).split(/[。；;\n]/)[0]!;
    if (
      m[0].endsWith('授牌') &&
      HANDS_OUT.test(m[0].slice(m[0].indexOf(body) + body.length) + rest)
    )
      continue;
    const place = lookup.splitPrefix(body, {});
    if (!place || place.end >= body.length) continue;
    const start = (m.index ?? 0) + m[0].indexOf(body);
    const end = start + body.length;
    const line = doc.lines.find((l) => l.start <= start && start < l.end);
    return [
      {
        layout: 'sentence',
        items: [
          {
            seq: null,
            start,
            end,
            regionText: doc.text.slice(start, start + place.end),
            unit: doc.text.slice(start, end),
            title: '',
            warnings: [],
          },
        ],
        start,
        end,
        lineIndexes: line ? [line.index] : [],
      },
    ];
  }
  return [];
}
