/**
 * A story telling that a place drew up the plan of its national pilot, the plan named after
 * both ("制定嘉定区国家健康城市试点纲要(2017-2020年)", "印发《某市全国…试点实施方案》"): a place
 * writes the plan of a national pilot it carries out, so it is that pilot's unit — a mention of
 * the record the pilot's list made, under the pilot's name as the plan writes it. Only where
 * nothing else in the notice reads as a list, only for a plan named after a division read whole,
 * and only for a national pilot (国家…, 全国…): a place's plan for pilots of its own (某市社区治理
 * 试点工作方案, choosing its communities) makes it no unit.
 */
import type { ListDraft } from './drafts';
import { onePlaceDraft } from './one-place-draft';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The act of drawing up or issuing a plan, then the plan's name: place, national pilot, kind. */
const PLAN_OF_PILOT =
  /(?:制定|出台|印发|编制|发布|修订)(?:了)?[《“]?([\u4e00-\u9fff]{2,12}?(?:区|县|市|旗))((?:国家|全国)[^。；;，,《》“”()（）]{2,30}?试点)(?:工作)?(?:纲要|实施方案|工作方案|方案|规划|行动计划)/;

export function detectPlanNamedPilot(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const m = PLAN_OF_PILOT.exec(doc.key);
  if (!m?.[1] || !m[2]) return [];
  const written = m[1];
  const hit = lookup.splitPrefix(written, {});
  if (!hit || hit.end !== written.length) return [];
  const start = m.index + m[0].indexOf(written + m[2]);
  const end = start + written.length;
  return [onePlaceDraft(doc, start, end, m[2])];
}
