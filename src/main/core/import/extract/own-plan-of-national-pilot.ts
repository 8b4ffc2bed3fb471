/**
 * A place's own plan for the national pilot it carries out, as the plan itself is published:
 * headed "<place><theme>试点工作实施方案" and saying in its body that the work is the national
 * pilot (为做好<theme>国家试点工作, 作为全国<theme>试点城市). A place writes the plan of a
 * national pilot it holds, so it is that pilot's unit — a mention of the record the pilot's list
 * made, under the national pilot's name. Only where nothing else reads as a list, only for a
 * heading whose place is a division read whole, and only where the body calls the pilot
 * national: a place's plan for pilots of its own (某市社区治理试点工作实施方案, choosing its
 * communities), or one that merely cites the national plan it follows, makes it no unit.
 */
import type { ListDraft } from './drafts';
import { onePlaceDraft } from './one-place-draft';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The plan's heading: the place, then the pilot's theme, then the plan word. */
const OWN_PLAN_HEADING =
  /^[《“]?([\u4e00-\u9fff]{2,12}?(?:区|县|市|旗))([\u4e00-\u9fff]{4,30}?)试点(?:工作)?(?:实施方案|工作方案|方案|行动计划)/;

/** How many of the first lines may hold the heading (a page's title line, then its heading). */
const HEADING_LINES = 3;

/** The body calls the pilot of that theme national (…国家试点, 全国…试点城市). */
function calledNational(key: string, theme: string, from: number): boolean {
  const body = key.slice(from);
  const said = new RegExp(`${theme}(?:国家|全国)试点|作为(?:国家|全国)(?:级)?${theme}试点`, 'g');
  return [...body.matchAll(said)].some((m) => !citedOnly(body, m.index));
}

/**
 * A mention that only cites the pilot: inside a document's title (《…国家试点工作方案》), or in a
 * clause giving the plan's basis (根据/按照…国家试点的部署): the place follows it, not holds it.
 */
function citedOnly(body: string, at: number): boolean {
  const before = body.slice(0, at);
  if (before.lastIndexOf('《') > before.lastIndexOf('》')) return true;
  const clause = before.slice(Math.max(...[...'，,。；;\n'].map((c) => before.lastIndexOf(c))) + 1);
  return /^(?:根据|按照|依据|依照|参照|遵照|贯彻|落实)/.test(clause);
}

interface OwnPlan {
  /** The heading's place, offsets into the text. */
  start: number;
  end: number;
  /** The national pilot's name: 全国 + the theme + 试点. */
  pilot: string;
}

/** The place's own plan for its national pilot, if the page is one. */
export function ownPlanOfNationalPilot(doc: KeyedText, lookup: RegionLookup): OwnPlan | null {
  const heads = doc.lines.filter((l) => l.trimmed !== '').slice(0, HEADING_LINES);
  for (const line of heads) {
    const at = doc.key.slice(line.start, line.end).search(/\S/);
    const m = OWN_PLAN_HEADING.exec(doc.key.slice(line.start + at, line.end));
    if (!m?.[1] || !m[2]) continue;
    const written = m[1];
    const theme = m[2];
    const hit = lookup.splitPrefix(written, {});
    if (!hit || hit.end !== written.length) continue;
    if (!calledNational(doc.key, theme, line.end)) continue;
    const start = line.start + at + m[0].indexOf(written);
    return { start, end: start + written.length, pilot: `全国${theme}试点` };
  }
  return null;
}

/** The plan's place as the one item of a list under the national pilot's name. */
export function detectOwnPlanOfNationalPilot(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const plan = ownPlanOfNationalPilot(doc, lookup);
  if (!plan) return [];
  return [onePlaceDraft(doc, plan.start, plan.end, plan.pilot)];
}
