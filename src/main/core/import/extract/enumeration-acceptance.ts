/**
 * Whether a finished enumeration (see sentence-list.ts) is a list of entries or places only
 * mentioned in passing: a membership verb, a label, an introduction or enough places make it a
 * list; a visit's stops, places that were studied or a summary of where entries lie do not.
 */
import type { ListDraft } from './drafts';
import { GOVERNING } from './clause-verbs';
import { outcomeIn } from './outcomes';
import { withoutEstate } from './place-like';
import { provinceByName } from './provinces';
import { onAnnouncedProvinceLine } from './province-run-line';
import { countedIntro } from './sentence-pieces';
import { listsByPhrase, type Building } from './sentence-building';
import { toKey, type KeyedText } from './text-key';
import { themeLater } from './theme-lines';
import { rankedOrSampled } from './ranked-places';
import {
  APPLICANTS,
  DISTRIBUTION,
  GROUNDS,
  GROUNDS_LEAD,
  PICKED_LEAD,
  INTRO,
  PASSING,
  STUDIED,
} from './enumeration-cues';
import type { RegionLookup } from './types';

/** The lists a finished enumeration holds: none when its places are only passing mentions. */
export function acceptedLists(b: Building, doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const last = b.items[b.items.length - 1];
  // An institution placed in its province ("某省某某医院") is an entry, not the province named.
  const nonProvince = b.items.filter(
    (it) => it.unit !== undefined || provinceByName(toKey(it.regionText ?? '')) === null,
  );
  // A clause on how the units were chosen ("经…考察推荐…，", "通过实地调研…，评选出") is no visit,
  // nor is a step finished before the clause naming them ("实地走访并征求…意见后，").
  const visit = b.intro
    .split(/[，,；;]/)
    .filter(
      (clause, i, all) =>
        !/后$/.test(clause.trim()) && (!/^(经|通过)/.test(clause.trim()) || i === all.length - 1),
    )
    .join('，');
  // "白云、花都…均有镇、村上榜" says where the entries are, not which they are.
  const summary = DISTRIBUTION.test(doc.key.slice(last?.end ?? 0, (last?.end ?? 0) + 40));
  const studied = STUDIED.test(doc.key.slice(last?.end ?? 0, (last?.end ?? 0) + 30));
  // "测评成绩排名前10名的社区如下：…", "A、B平均分名列前茅": places a score ranks, not entries.
  const ranked = rankedOrSampled(b.intro, doc.key.slice(last?.end ?? 0, (last?.end ?? 0) + 30));
  // "北京等19个省（区、市）…49个县（市、区）申报": the applicants counted, not the entries.
  // Unless the notice's own verb puts them forward (拟推荐…等8个社区申报…): then they are its pick.
  const applied =
    !PICKED_LEAD.test(b.intro) &&
    APPLICANTS.test(doc.key.slice(last?.end ?? 0, (last?.end ?? 0) + 40));
  // "在A、B…等N个试点单位申报的基础上": the places a decision built on are its ground.
  const grounds =
    GROUNDS_LEAD.test(b.intro) &&
    GROUNDS.test(doc.key.slice(last?.end ?? 0, (last?.end ?? 0) + 30));
  // Opened by "我县…" with no place the division list knows: nothing says where the names
  // lie (the count check reports them), so they are not made into entries without a region.
  // Unless the towns they start at lie in one county: that county is the notice's own.
  // So does a run of townships' communities after "…分别是", estates written after them.
  const ownCounty =
    (b.placeGiven || b.townLead) &&
    !b.items.some((it) => lookup.splitPrefix(it.regionText ?? '', {}) !== null)
      ? (lookup.countyOfTowns?.(b.items.map((it) => withoutEstate(it.regionText ?? ''))) ?? null)
      : null;
  if (ownCounty) for (const it of b.items) it.regionContext = ownCounty;
  const placed =
    !b.placeGiven ||
    ownCounty !== null ||
    b.items.some((it) => lookup.splitPrefix(it.regionText ?? '', {}) !== null);
  const accepted =
    placed &&
    !summary &&
    !studied &&
    !ranked &&
    !applied &&
    !grounds &&
    (b.assessed === true || !PASSING.test(visit)) &&
    (b.signal ||
      b.labelled ||
      INTRO.test(b.intro) ||
      b.townLead === true ||
      nonProvince.length >= 3 ||
      (nonProvince.length === 0 && onAnnouncedProvinceLine(doc.key, b.items[0]?.start ?? 0)) ||
      countedIntro(b.intro) === nonProvince.length ||
      (b.placeGiven === true && b.items.length >= 2));
  const first = b.items[0];
  if (!accepted || !first || !last) return [];
  // "决定撤销A、B的…资格", "暂缓确认A为…": the verb before the places states their outcome.
  const governing = GOVERNING.test(b.intro) ? outcomeIn(b.intro) : null;
  if (governing) for (const it of b.items) it.outcome ??= governing;
  if (b.items.length === 1 && first && first.title === '')
    first.title = themeLater(doc.text.slice(first.end, first.end + 240)) ?? '';
  const list: ListDraft = {
    layout: 'sentence',
    items: b.items,
    start: first.start,
    end: last.end,
    categories: b.categories,
    lineIndexes: b.lines,
    ...(b.phrase ? { phrase: b.phrase } : {}),
  };
  return listsByPhrase(b, list);
}
