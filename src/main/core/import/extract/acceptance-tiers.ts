/**
 * An acceptance that sorts the units it passed into tiers, each named as a title ("经研究，我委认定
 * “…”等11个项目为“上海市社区教育示范实验项目”，认定“…”等23个项目为“上海市社区教育优秀实验项目”")
 * and listed under that title (附件1：上海市社区教育示范实验项目名单): every unit of a tier's list
 * has passed (已验收), the tier (示范, 优秀, 良好, 合格) its grade.
 *
 * Only an acceptance told as held gives the tier: a naming that will follow an acceptance
 * (验收合格后授牌), a plan (将于…验收) or a condition (如通过验收) has passed no one, and a list
 * put forward (拟…, 候选, 公示) is decided by no one yet.
 */
import type { Outcome } from './outcomes';
import { toKey } from './text-key';

/** A list's name: it ends in 名单 or 名录, perhaps with its count after. */
const LIST_NAME = /^(.{4,40}?)(?:名单|名录)(?:[(（][^()（）]{0,8}[)）])?$/;
/** A list proposed, not decided. */
const PROPOSED = /拟|候选|推荐|公示|申报|待/;
/** The acceptance held: its results, or the work done ("对…开展了验收工作"). */
const HELD =
  /验收(?:评估|评审)?(?:结果|结论|等次)|(?:开展|进行|组织|完成)了[^。；;]{0,40}?验收|验收工作已(?:经)?(?:结束|完成)/;
/** A tier's word inside the tier's title. */
const TIER = /示范|优秀|良好|合格/g;
const TIER_OF = /示范|优秀|良好|合格/;
/** "认定…为“T”", "评为T": the titles the decision gives. */
const GIVEN =
  /(?<!拟)(?:认定|评为|评定|确定|命名)[^。；;]{0,80}?为\s*[“"]?([^“”"。；;，,]{4,40}?)[”"]?(?=[，,。；;（(]|$)/g;

/** The grade a tier list's heading gives its units in an acceptance notice, or null. */
export function tierOutcome(heading: string | null, notice: string): Outcome | null {
  if (!heading) return null;
  const name = LIST_NAME.exec(toKey(heading).replace(/\s+/g, ''))?.[1];
  if (!name || PROPOSED.test(name) || !HELD.test(notice)) return null;
  const given = [...notice.matchAll(GIVEN)].map((m) => (m[1] ?? '').replace(/\s+/g, ''));
  if (!given.includes(name)) return null;
  // With several tiers, the tier is the word the titles differ by, not a word all of them share
  // (示范 in 示范社区's 优秀示范社区 and 合格示范社区).
  // One title alone ("确定…为“全省乡村治理示范县”", "…示范社区创建单位") is a naming or a
  // selection, its 示范 the programme's word: only titles that differ by a tier sort units.
  const others = given.filter((g) => g !== name);
  const words = [...name.matchAll(TIER)].map((m) => m[0]);
  const tier = words.find((w) => others.some((o) => !o.includes(w) && TIER_OF.test(o)));
  return tier ? { status: '已验收', grade: tier as Outcome['grade'] } : null;
}
