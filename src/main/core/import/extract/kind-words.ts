/**
 * The kind of unit a list names (zone / case / observation), from the word that ends its
 * phrase: 实验区, 典型案例, 观察点 (or a watched 监测城市), a national programme's parks; a list naming none of them is
 * another kind of list (an honour, a register).
 */
import type { RecordKind } from '../../../../shared/domain';
import { PARK_PROGRAMME } from './park-programmes';
import { keyOf } from './text-key';

const KIND_WORDS: { kind: Exclude<RecordKind, 'other'>; re: RegExp }[] = [
  // Pilot areas (试点地区) are cities and districts trying a reform for a stated term, as zones do.
  { kind: 'zone', re: /实验区|实验县|实验单位|试验区|实验基地|实验点|保护区|试点地区/g },
  { kind: 'zone', re: PARK_PROGRAMME },
  {
    kind: 'case',
    // 创新成果, 创新创优成果: a bureau's innovations, each a unit's practice as a case is.
    re: /典型案例|优秀案例|创新案例|案例|创新经验|典型经验|实验[\u4e00-\u9fff]{0,2}项目|创新[\u4e00-\u9fff]{0,2}成果/g,
  },
  // A place a ministry watches over years (失业动态监测城市, 监测县) is its watch point; an
  // instrument's 监测点 or 监测站 measures air or water and is no unit of a programme.
  { kind: 'observation', re: /观察点|观测点|联系点|监测(?:城市|县|村)/g },
];
/** A heading that names a list without naming zones, cases or observation points. */
const LIST_WORDS = /名单|名录|目录|清单|一览|示范|试点/;

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
