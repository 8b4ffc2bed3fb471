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
  } else if (leavesProgramme(after)) {
    // "由于A、B、C因行政区划调整，不再作为…实验区": the places are the units that leave it.
    for (const it of b.open.items.slice(listed)) it.outcome ??= { status: '已撤销' };
    b.signal = true;
  } else if (!INTRO.test(b.intro) || open < 2) b.items.splice(b.items.length - open);
  else b.signal = true;
  b.open = { items: [] };
  return 'ended';
}

/**
 * The clause right after a run of places says they leave its programme ("因行政区划调整，A、B、C，
 * 不再重新确认为国家卫生乡镇"): each place of the run still open takes the revocation. A clause about
 * anything else, or leaving only as a rule (对…不合格的，不再…), gives none.
 */
export function leavingClause(b: Building, at: number, doc: KeyedText): void {
  if (b.open.items.length === 0) return;
  const end = doc.key.indexOf('。', at);
  if (!leavesProgramme(doc.key.slice(at, end < 0 ? undefined : end + 1))) return;
  for (const it of b.open.items) it.outcome ??= { status: '已撤销' };
  b.signal = true;
}
