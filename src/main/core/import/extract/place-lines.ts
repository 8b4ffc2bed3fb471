/**
 * A list printed one bare place per line under a heading that announces it
 * ("…名单（部分）" over "兰州市七里河区西湖街道梁家庄社区" lines): what a one-column Word
 * table or a pasted list becomes. Every line must be a place and nothing else (a division
 * written in full, or a division and the short name of a community or village after it);
 * the first line that is not ends the list, so a byline or a paragraph below never joins it.
 * A bare number alone on the line above a place (1 / 某区某街道某社区 / 2 / …, a numbered
 * one-column table laid out one cell per line) is that entry's 序号 when the numbers run on
 * from 1 with the entries; it never ends the list.
 */
import { trailingNote } from './address-items';
import { bookTitleTail } from './book-title-tail';
import { columnPieces } from './column-pieces';
import { cutPlaceOf } from './cut-place-line';
import { LabelledRuns, type CategoryDraft, type ItemDraft, type ListDraft } from './drafts';
import { honourBetweenPlaces } from './honour-between-lines';
import { kindGroupHeading } from './kind-group-heading';
import { bareNumber, readNumbering } from './numbering';
import { echoesProgramme, parkOfPlace } from './park-programmes';
import { programmeIn } from './programme';
import { placedProjectLine } from './placed-project-line';
import { toKey, type KeyedText, type Line } from './text-key';
import { VILLAGE_FACILITY } from './village-facility';
import type { NoticeWarning } from '../../../../shared/domain';
import type { RegionLookup } from './types';

/** A heading or lead-in that announces a list below it (its last words, or its colon). */
export const ANNOUNCES = /(名单|名录|如下|具体为|分别是|分别为)[^。；;]{0,12}$|[:：]$/;
/** What may follow the division on a place line: the name of a unit below it. */
const UNIT_NAME = /^[\u4e00-\u9fff\d]{1,12}?(社区|村|居委会|嘎查|街道|镇|乡|苏木)$/;

interface PlaceLine {
  place: string;
  /** A bracketed note after the place ("（香菇）"): the entry's title. */
  title: string;
}

/**
 * The rules a village or community adopts, named after it on its line ("某镇某村村规民约",
 * "某街道某社区居民公约"): what a list of honoured conventions lists, the place their unit.
 */
const ADOPTED_RULES = /(?:村规民约|居民公约)$/;

/**
 * The place a whole line names and nothing else, or null. `headed` is the programme the list's
 * heading names: a line writing its place and that programme again ("修文县国家农村产业融合发展
 * 示范园" under "…示范园名单") names the programme's unit at the place, no title of its own.
 */
export function placeOf(
  line: Line,
  lookup: RegionLookup,
  headed?: string | null,
): PlaceLine | null {
  const noted = trailingNote(line.raw.trim());
  if (noted) {
    const place = bareName(noted.head, toKey(noted.head), lookup);
    return place ? { place, title: noted.note } : null;
  }
  const place = bareName(line.raw.trim(), line.trimmed, lookup);
  if (place) return { place, title: '' };
  const rules = ADOPTED_RULES.exec(line.trimmed) ?? VILLAGE_FACILITY.exec(line.trimmed);
  if (rules) {
    const head = line.raw.trim().slice(0, line.raw.trim().length - rules[0].length);
    const unit = bareName(head, toKey(head), lookup);
    if (unit && /(?:村|社区|居委会|嘎查)$/.test(toKey(head))) return { place: unit, title: '' };
  }
  // A park named after its place and its programme: the programme is no title of its own.
  const park = parkOfPlace(line.raw.trim(), lookup, {});
  if (park?.place) return { place: park.place, title: '' };
  return headed ? placeBeforeProgramme(line.raw.trim(), headed, lookup) : null;
}

/** "某县国家…示范园" whose words after the place echo `programme`: the place, else null. */
function placeBeforeProgramme(
  raw: string,
  programme: string,
  lookup: RegionLookup,
): PlaceLine | null {
  if (!/^[\u3400-\u9fff]{4,40}$/.test(raw)) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2 || hit.end >= raw.length) return null;
  return echoesProgramme(raw.slice(hit.end), programme)
    ? { place: raw.slice(0, hit.end), title: '' }
    : null;
}

function bareName(raw: string, t: string, lookup: RegionLookup): string | null {
  if (t.length < 4 || t.length > 40 || /[\s。，,；;：:！？!?、（）()“”"]/.test(t)) return null;
  if (readNumbering(t) !== null) return null;
  // A bare town of the notice's one city where nothing else places the line (own-city-towns.ts).
  const hit = lookup.splitPrefix(raw, {}) ?? lookup.splitOwnCityTown?.(raw) ?? null;
  if (!hit || hit.end < 2) return null;
  const rest = t.slice(hit.end);
  // "某街道城阳村社区": a community named after the village it was, read down to the village.
  const villageCommunity = rest === '社区' && /村$/.test(t.slice(0, hit.end));
  return rest === '' || UNIT_NAME.test(rest) || villageCommunity ? raw : null;
}

/**
 * What a line may name after its place instead of a unit below it: an organisation or a facility,
 * by the noun of what it is ("某市保险行业协会", "某区某公园志愿服务驿站", a village's 幸福大院 or
 * 敬老院 where an elderly-care list names it among communities). The entry lies at the
 * place, and the line is the unit's name.
 */
export const NAMED_BODY =
  /(协会|商会|学会|研究会|联合会|联谊会|促进会|基金会|服务中心|发展中心|照料中心|驿站|服务站|工作站|文化站|文化馆|图书馆|纪念馆|博物馆|学院|服务社|大院|幸福院|敬老院|养老院|福利院)$/;
/** A line that is only a date: the organ above it signs the notice, it is no entry. */
const DATE_ONLY = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;

/**
 * The place a line naming an organisation or facility after it opens with, and its name; the
 * place is null when the line is such a name but opens with no division written in full
 * ("某州火车站志愿服务驿站").
 */
export function namedBodyOf(
  line: Line,
  lookup: RegionLookup,
): { place: string | null; unit: string } | null {
  const raw = line.raw.trim();
  const t = line.trimmed;
  if (t.length < 5 || t.length > 40 || /[\s。，,；;：:！？!?、（）()“”"]/.test(t)) return null;
  if (!NAMED_BODY.test(t) || readNumbering(t) !== null) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2 || hit.end >= t.length - 2) return { place: null, unit: raw };
  return { place: raw.slice(0, hit.end), unit: raw };
}

/**
 * A line that runs its unit into its case title in book-title marks (see book-title-tail): the
 * unit must be a place line or a named body at a place on its own, so that a sentence citing a
 * title is never read as an entry.
 */
function bookTitledOf(
  line: Line,
  lookup: RegionLookup,
): { place: string; unit?: string; title: string } | null {
  const tail = bookTitleTail(line.raw);
  if (!tail) return null;
  const key = toKey(tail.head);
  const head: Line = { ...line, raw: tail.head, key, trimmed: key.trim() };
  const place = placeOf(head, lookup);
  if (place && place.title === '') return { place: place.place, title: tail.title };
  const body = namedBodyOf(head, lookup);
  return body?.place ? { place: body.place, unit: body.unit, title: tail.title } : null;
}

/**
 * "某州火车站…驿站", "某靖土楼…驿站": a city or county written short at the start of a named
 * body's line, its level word left out. The division list reads a short name only alone, so
 * the line's first three or two characters are tried; the name is taken only when it lies in
 * `province`, the province the list's other lines are in, so that a word that merely starts
 * like a far place (a road, a park named after one) is never placed there.
 */
export function shortPlaceOfBody(
  unit: string,
  lookup: RegionLookup,
  province: string | null,
): string | null {
  if (!province) return null;
  for (const n of [3, 2]) {
    const hit = lookup.splitPrefix(unit.slice(0, n), {});
    if (hit?.end === n && lookup.provinceOf?.(hit.regionText) === province) return hit.regionText;
  }
  return null;
}

/** The province the places read so far lie in, when those that name one agree on it. */
function provinceOfRun(items: readonly ItemDraft[], lookup: RegionLookup): string | null {
  const all = new Set<string>();
  for (const it of items) {
    const province = it.regionText ? lookup.provinceOf?.(it.regionText) : null;
    if (province) all.add(province);
  }
  const [only] = all;
  return all.size === 1 && only ? only : null;
}

/**
 * A bare number that numbers the place on the next line: the run so far numbered the same way
 * from 1 (or empty, the number 1), and the next line a place.
 */
function numbersEntry(
  line: Line,
  next: Line,
  items: readonly ItemDraft[],
  lookup: RegionLookup,
): boolean {
  const n = bareNumber(line.trimmed);
  if (n === null || n !== items.length + 1) return false;
  if (!items.every((it, i) => it.seq === i + 1)) return false;
  return placeOf(next, lookup) !== null;
}

export function detectPlaceLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const run = new LabelledRuns();
  let heading: Line | null = null;
  // Lines of the list said unread, held for the run they lie in.
  const unread: NoticeWarning[] = [];
  const close = (): void => {
    const host = run.items[run.items.length - 1];
    if (host && run.items.length >= 2) host.warnings.push(...unread);
    unread.length = 0;
    run.close();
  };
  const filled = doc.lines.filter((l) => l.trimmed !== '');
  // The 序号 read on the line above the next place, if any.
  let seq: number | null = null;
  // The group heading the lines below it belong to ("一、最佳志愿服务组织（1个）").
  let group: CategoryDraft | null = null;
  const push = (item: ItemDraft, index: number): void => {
    if (group) group.found++;
    run.items.push(group ? { ...item, category: group.name } : item);
    run.lines.push(index);
  };
  filled.forEach((line, k) => {
    // A group heading opens the lines below it, inside an announced list or on its own.
    const kind = consumed.has(line.index) ? null : kindGroupHeading(line, lookup);
    if (kind) {
      group = { name: kind.name, stated: kind.stated, found: 0, start: line.trimmedStart };
      run.categories.push(group);
      run.lines.push(line.index);
      heading = line;
      seq = null;
      return;
    }
    const open = heading !== null && !consumed.has(line.index);
    const next = filled[k + 1];
    if (open && next && numbersEntry(line, next, run.items, lookup)) {
      seq = bareNumber(line.trimmed);
      run.lines.push(line.index);
      return;
    }
    const numbered = seq;
    seq = null;
    const headed = heading ? programmeIn(heading.trimmed, null)?.name : null;
    const place = open ? placeOf(line, lookup, headed) : null;
    // An organisation's line right above a date signs the notice.
    const body =
      open && !place && !DATE_ONLY.test(filled[k + 1]?.trimmed ?? '')
        ? namedBodyOf(line, lookup)
        : null;
    // Such a line whose place is not written in full stays in the list, said, not placed.
    const last = run.items[run.items.length - 1];
    const province = body && body.place === null ? provinceOfRun(run.items, lookup) : null;
    const short = body && province ? shortPlaceOfBody(body.unit, lookup, province) : null;
    if (body && body.place === null && short && last) {
      push(
        {
          seq: null,
          start: line.trimmedStart,
          end: line.end,
          regionText: short,
          regionContext: { province: province! },
          unit: body.unit,
          title: '',
          warnings: [],
        },
        line.index,
      );
      return;
    }
    if (body && body.place === null) {
      if (!last) return close();
      last.warnings.push({
        code: 'unread_list',
        message: `名单中“${body.unit}”未写明所在地区，未录入，请核对后补录`,
        start: line.trimmedStart,
        end: line.end,
      });
      return;
    }
    if (body) {
      push(
        {
          seq: null,
          start: line.trimmedStart,
          end: line.end,
          regionText: body.place,
          unit: body.unit,
          title: '',
          warnings: [],
        },
        line.index,
      );
      return;
    }
    const project = open && !place && !body ? placedProjectLine(line.raw, lookup) : null;
    if (project) {
      push(
        {
          seq: null,
          start: line.trimmedStart,
          end: line.end,
          regionText: project.place,
          title: project.title,
          warnings: [],
        },
        line.index,
      );
      return;
    }
    const titled = open && !place && !body ? bookTitledOf(line, lookup) : null;
    if (titled) {
      push(
        {
          seq: numbered,
          start: line.trimmedStart,
          end: line.end,
          regionText: titled.place,
          ...(titled.unit ? { unit: titled.unit } : {}),
          title: titled.title,
          warnings: [],
        },
        line.index,
      );
      return;
    }
    if (place) {
      push(
        {
          seq: numbered,
          start:
            numbered === null
              ? line.trimmedStart
              : (filled[k - 1]?.trimmedStart ?? line.trimmedStart),
          end: line.end,
          regionText: place.place,
          title: place.title,
          warnings: [],
        },
        line.index,
      );
      return;
    }
    // A town's honour on its own line between two town lines belongs to the town above.
    const afterEntry = run.lines[run.lines.length - 1] === filled[k - 1]?.index;
    if (open && next && honourBetweenPlaces(line, afterEntry, !!placeOf(next, lookup, headed))) {
      run.lines.push(line.index);
      return;
    }
    // A park whose place is read only in part stays in the list, said, not placed.
    const park = open ? parkOfPlace(line.raw.trim(), lookup, {}) : null;
    if (park) {
      unread.push({
        code: 'unread_list',
        message: `名单中“${line.raw.trim()}”的所在地区未能识别，未录入，请核对后补录`,
        start: line.trimmedStart,
        end: line.end,
      });
      run.lines.push(line.index);
      return;
    }
    // The page's last line cut inside its name, after whole entries of its group: still one.
    const inGroup = group ? group.found : run.items.length;
    const cut = open && k === filled.length - 1 && inGroup >= 2 ? cutPlaceOf(line, lookup) : null;
    if (cut) {
      push(
        {
          seq: null,
          start: line.trimmedStart,
          end: line.end,
          regionText: cut,
          unit: line.raw.trim(),
          title: '',
          warnings: [
            {
              code: 'truncated_item',
              message: `名单最后一行“${line.raw.trim()}”名称不完整，疑似被截断，已按“${cut}”录入，请核对`,
              seq: null,
            },
          ],
        },
        line.index,
      );
      return;
    }
    // Entries set side by side in columns: every piece between the gaps a place line.
    const pieces = open ? columnPieces(line) : null;
    const cells = pieces?.map((p) => placeOf(p, lookup, headed));
    if (pieces && cells?.every((c) => c !== null)) {
      pieces.forEach((p, i) => {
        const c = cells[i]!;
        const item = { seq: null, start: p.trimmedStart, end: p.end, warnings: [] };
        push({ ...item, regionText: c.place, title: c.title }, line.index);
      });
      return;
    }
    close();
    group = null;
    heading = !consumed.has(line.index) && ANNOUNCES.test(line.trimmed) ? line : null;
  });
  close();
  return run.lists;
}
