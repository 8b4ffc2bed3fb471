/**
 * A county-level organ's own work report ("某区民政局2023年工作总结…") listing its highlights
 * one numbered line each: the lines that say the place was made a pilot or honoured
 * ("入选省…试点县区", "某区被评为全省…先进县区", "区慈善基地被评为…示范性慈善基地") are entries
 * of the reporting place, written without a subject because the writer is the place. Lines
 * on meetings held, speeches or drafts name no membership and give nothing; a line whose
 * subject is a place of its own (a street, a community) is left to the other readers.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { looksLikePlace } from './place-like';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A report's heading: a county-level place (and its organ) and the report's own words. */
const REPORT_TITLE = /(工作总结|工作报告|工作情况|工作思路|工作要点)/;
/** How far into the text the report's heading may stand (an index block may come first). */
const HEAD_LINES = 12;
/**
 * The highlight's verb of membership and what it names: a pilot, a model, an honour.
 * 获 alone (获…批示肯定) is praise, no membership.
 */
const MADE_MEMBER =
  /(?:被(?:评|评选|确定|认定|命名|列)为|入选|获评|荣获|成为|列入)[^。；;]{0,40}?(?:试点|示范|先进|基地|单位|县区|称号)/;

/** The county-level place the report is about, from its heading line. */
function reportingPlace(doc: KeyedText, lookup: RegionLookup): string | null {
  const head = doc.lines.filter((l) => l.trimmed !== '').slice(0, HEAD_LINES);
  for (const line of head) {
    if (!REPORT_TITLE.test(line.key) || readNumbering(line.trimmed)) continue;
    const hit = lookup.splitPrefix(line.raw.trim(), {});
    if (hit && hit.end > 0 && /(县|区|市|旗)$/.test(toKey(hit.regionText))) return hit.regionText;
  }
  return null;
}

export function detectOwnPilots(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const place = reportingPlace(doc, lookup);
  if (!place) return [];
  const items: ItemDraft[] = [];
  const lines: number[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    const n = readNumbering(line.trimmed);
    if (!n || (n.style !== 'arabic' && n.style !== 'arabic_paren')) continue;
    const body = line.key.trim().slice(n.length);
    const verb = MADE_MEMBER.exec(body);
    if (!verb) continue;
    // The subject before the verb: none, the place itself, or a thing of the place ("区慈善基地",
    // a project); another place written there is that place's entry, not the writer's.
    const subject = body.slice(0, verb.index);
    const own = subject.startsWith(toKey(place));
    const other = lookup.splitPrefix(subject, {});
    if (!own && ((other && other.end > 0) || looksLikePlace(subject))) continue;
    const start = line.trimmedStart + n.length;
    items.push({
      seq: n.seq,
      start,
      end: line.trimmedStart + line.trimmed.length,
      regionText: place,
      title: '',
      warnings: [],
    });
    lines.push(line.index);
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return [];
  return [{ layout: 'numbered', items, start: first.start, end: last.end, lineIndexes: lines }];
}
