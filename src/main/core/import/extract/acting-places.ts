/**
 * Places of an enumeration followed by what they do ("A、B深入探索了…", "同意将A、B开展…",
 * "对…的A、B等省级实验区进行了考察"): what was assessed or agreed stays a list, places that are
 * only the subject of an activity are passing mentions, and a lone place whose title the
 * sentence takes away is revoked.
 */
import { isAssessedObject } from './assessed-objects';
import { givesRevocation, leavesProgramme, revokesLonePlace } from './outcomes';
import type { PlacePiece } from './place-piece';
import type { Building } from './sentence-building';
import type { KeyedText } from './text-key';
import { INTRO } from './enumeration-cues';
import { revokedSiteName } from './revoked-site-name';

/**
 * Settles the open group of `b` at a place `p` with a verb after it (`rest`, the piece's text
 * from there): 'listed' when the group goes on to be closed as entries, 'ended' when the
 * enumeration ends here (what it kept is already settled; the caller finishes it).
 */
export function settleActingPlace(
  b: Building,
  p: PlacePiece,
  rest: string,
  doc: KeyedText,
): 'listed' | 'ended' {
  // Items a finished list line holds above this one are listed, not the subject of its verb.
  const listed = b.lineListed ? b.open.items.indexOf(b.lineListed) + 1 : 0;
  const open = b.open.items.length - listed;
  // "对申报…的A、B等省级实验区进行了考察": the places are what was assessed, never a visit's stops.
  if ((p.doing || p.rest === 'activity') && isAssessedObject(b.intro, rest, open)) {
    b.assessed = true;
    b.signal = true;
    return 'listed';
  }
  if (p.doing && !INTRO.test(b.intro)) {
    // "南京、苏州、无锡等地积极探索…": the places are what the sentence is about.
    b.items.splice(b.items.length - open);
    b.open = { items: [] };
    return 'ended';
  }
  if (p.rest !== 'activity') return 'listed';
  // "同意将A、B开展…" keeps its places; a lone place doing something is a passing
  // mention, unless it is the one whose title the sentence takes away.
  const after = doc.key.slice(p.restAt, doc.key.indexOf('。', p.restAt) + 1 || undefined);
  if (open === 1 && revokesLonePlace(b.intro, rest, after)) {
    const item = b.open.items[listed]!;
    item.outcome ??= { status: '已撤销' };
    if (!item.title) item.title = revokedSiteName(rest) ?? '';
    b.signal = true;
  } else if (open > 1 && givesRevocation(b.intro, rest)) {
    // "给予A景区、B景区取消…质量等级处理": every site given it loses its standing.
    for (const it of b.open.items.slice(listed)) it.outcome ??= { status: '已撤销' };
    const last = b.open.items[b.open.items.length - 1]!;
    if (!last.title) last.title = revokedSiteName(rest) ?? '';
    b.signal = true;
  } else if (runLeaves(after)) {
    // "由于A、B、C因行政区划调整，不再作为…实验区": the places are the units that leave it.
    for (const it of b.open.items.slice(listed)) it.outcome ??= { status: '已撤销' };
    b.signal = true;
  } else if (!INTRO.test(b.intro) || open < 2) b.items.splice(b.items.length - open);
  else b.signal = true;
  b.open = { items: [] };
  return 'ended';
}

/**
 * A clause giving only the ground of what befalls the places ("因行政区划调整", "根据…意见"), the
 * last place's name perhaps ending before it ("…万州区龙宝移民开发区因行政区划调整").
 */
const GROUND = /^(?:经|[^，,]{0,12}?(?:因|由于|鉴于|根据|按照))/;
/** The places' own clause opening with their leaving ("不再…", "均不再…", "依…申请退出…"). */
const OWN_LEAVING =
  /^(?:均|都|也|亦|已经?|则)?(?:依[^。；;，,]{0,16}?)?(?:申请|自愿|主动)?(?:不再|退出)/;

/** A clause that is the run's names going on, with no verb of its own (…、A街道和B县城). */
const NAMES_GO_ON = /^[^，,]*[、和][^，,]*$/;
/** A story going on to tell the title won back ("…，今年两镇再次获得命名"): the leaving is retold. */
const REGAINED = /(?:再次|重新|又)(?:获得|获评|获|被命名|命名|通过)|恢复/;

/**
 * Whether the words after a run of places (to its sentence's end) say the places leave their
 * programme ("因行政区划调整，不再作为…", "，不再重新确认为国家卫生乡镇"). Only the run's own clause
 * (after a ground, 因…) counts: a later clause with a subject of its own ("A、B通过复审，未达标
 * 城市不再确认为…", "A、B，重新确认为…，C不再确认为…") or leaving only as a rule or a plan
 * (对…不合格的，不再…; 今后不再命名…) is none of theirs, nor a leaving a story tells before the
 * title won back.
 */
function runLeaves(sentence: string): boolean {
  const clauses = sentence.split(/[，,]/).map((c) => c.trim());
  // The run's own names may go on to the clause's end ("…县城、A街道和B县城，不再…").
  let i = clauses.length > 1 && NAMES_GO_ON.test(clauses[0]!) ? 1 : 0;
  while (i < clauses.length - 1 && GROUND.test(clauses[i]!)) i++;
  if (!OWN_LEAVING.test(clauses[i]!) || !leavesProgramme(sentence)) return false;
  return !REGAINED.test(clauses.slice(i + 1).join('，'));
}

/**
 * The clause right after a run of places says they leave its programme ("因行政区划调整，A、B、C，
 * 不再重新确认为国家卫生乡镇"): each place of the run still open takes the revocation.
 */
export function leavingClause(b: Building, at: number, doc: KeyedText): void {
  if (b.open.items.length === 0) return;
  const end = doc.key.indexOf('。', at);
  if (!runLeaves(doc.key.slice(at, end < 0 ? undefined : end + 1))) return;
  for (const it of b.open.items) it.outcome ??= { status: '已撤销' };
  b.signal = true;
}
