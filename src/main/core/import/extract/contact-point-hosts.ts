/**
 * The bodies a sentence names as a programme's contact or observation points: "…增设10个基层立法
 * 联系点，包括：某市人大常委会、某区某街道办事处、…", "A、B、…作为今年新设立的…第四批基层立法联系点",
 * "向A等首批18家基层立法联系点授牌", "决定设立A等七家单位为基层立法联系点". Such a point is set up at an
 * organ or body, and that body is the point's unit (domain: an observation point is programme +
 * unit), where other lists take an organ after its place for the one who recommends or speaks. Each
 * name is an entry at the place it opens with, its name the unit; a name no place opens (a state
 * farm company, a border cooperation zone) keeps its name as title, unplaced (the ledger asks for
 * its place). Only a sentence naming the points' kind lists them, and a leader's or a
 * party-building 联系点 (书记联系点, 党建联系点) is no programme's point.
 */
import { parseNumber } from './chinese-numerals';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { provinceAt } from './provinces';
import { shortCityStem } from './short-city-stem';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The points' kind: a contact, observation or watch point of a programme. */
const POINT = /联系点|观察点|观测点/g;
/** A leader's, a cadre's or a party-building contact point: someone's own, no programme's. */
const PERSONAL_POINT = /(?:党建|党员|书记|领导|干部|代表|委员)(?:基层)?联系点$/;
/**
 * A political consultative conference's member points (政协委员联系点, 政协…界别委员联系点, 省政协委员
 * 基层联系点): the conference names them by list and batch at bodies where its members hear the
 * grassroots, as a legislature names its legislative contact points — the conference's points,
 * not one member's own.
 */
const CONFERENCE_POINT = /政协[^，,；;。、]{0,10}?委员(?:基层)?联系点$/;
/** In a run of points already named the programme's: a party's or a leader's point among them. */
const PARTY_POINT = /(?:党建|党员|书记|领导|干部)(?:基层)?联系点$/;
/**
 * The points' kind as a programme designates it: a legislature's (立法联系点), a conference's (政协
 * 基层联系点, 委员联系点 — a member's own is refused before) or a fixed observation programme's
 * (固定观察点). Only such a kind announces points named by themselves: an air-quality or a
 * visitor-count 观测点, a service's 联系点 named by themselves are no programme's.
 */
const DESIGNATED = /(?:立法|政协|委员|固定)(?:基层)?(?:联系点|观察点|观测点)$/;
/** A host that is itself a place's unit (a community, a village, a street): written bare, it is its place. */
const PLACE_UNIT = /(?:社区|村|街道|镇|乡)$/;
/**
 * What may follow the points' kind when the names stand before it: the clause's end, the plaque
 * handed over, or the list's name. Anything else makes the kind part of a longer phrase — bodies
 * serving the points ("A、B为基层立法联系点提供指导"), their managers ("作为联系点的主管单位"), or
 * where the points sit ("为固定观察点所在村") — and those bodies are no points.
 */
const CLOSES_DESIGNATION = /^(?:单位)?(?:[，,；;：:]|$|并?(?:正式)?(?:授牌|挂牌)|的?名单)/;
/**
 * The word announcing the names after the points' kind ("…联系点，包括：", "…分别是"). A 的 between
 * them names something of the points' own ("联系点的主管部门包括：") — its names are no points —
 * unless it is their list ("联系点的名单如下：").
 */
const ANNOUNCES = /^(?:[^。；;的]{0,12}?(?:包括|分别是|分别为|如下)|的名单如下)\s*[:：]?\s*/;
/** What closes a run of names before the points' kind: its count, or the verb making them so. */
const TAIL =
  /\s*(?:等\s*(?:首批|第[一二三四五六七八九十]+批)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*[家个](?:单位)?|作为|被?确定为|被?列为|为)/;
/** What opens a clause before its names ("决定设立", "向", "同意将"). */
const LEAD = /^[^、]{0,12}?(?:设立|确定|命名|同意将|将|向|把)/;
/** The noun an organ or body ends its name with. */
const HOST =
  /(?:人大常委会|人大主席团|常务委员会|办事处|服务中心|中心|事务所|学院|大学|法院|检察院|司法局|司法所|公司|农场|社区|村|居委会|村委会|联络站|工作站|合作区|开发区|园区|基地|委员会|协会|商会)$/;
const CLAUSE_END = /[，,；;：:]/;

interface Host {
  start: number;
  end: number;
  /** Where the place the name opens with ends (`start`: no place opens it). */
  placeEnd: number;
  /** A point named by its sector or hall, no body: its whole name is its title. */
  named?: true;
}

/** The body `raw` names (the text's key, from `start`), or null. */
function hostAt(raw: string, start: number, lookup: RegionLookup): Host | null {
  const t = raw.trim();
  if (t.length < 4 || t.length > 30 || /[\s“”"（）()《》]/.test(t) || !HOST.test(t)) return null;
  const from = start + raw.indexOf(t);
  const end =
    lookup.splitPrefix(t, {})?.end ?? shortCityStem(t, lookup) ?? provinceAt(t)?.length ?? 0;
  return { start: from, end: from + t.length, placeEnd: from + end };
}

/** Every piece of `run` (split at 、, the last at 和/及) a body, or null. */
function hostsIn(run: string, start: number, lookup: RegionLookup): Host[] | null {
  const out: Host[] = [];
  let at = start;
  const pieces = run.split('、');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const joined = i === pieces.length - 1 ? /^(.+?)(?:和|及)(.+)$/.exec(piece) : null;
    const pair = joined
      ? [hostAt(joined[1]!, at, lookup), hostAt(joined[2]!, at + joined[1]!.length + 1, lookup)]
      : null;
    const read = pair && pair.every((h) => h !== null) ? pair : [hostAt(piece, at, lookup)];
    if (read.some((h) => h === null)) return null;
    out.push(...(read as Host[]));
    at += piece.length + 1;
  }
  return out;
}

/** A point's own name: a host or a sector before the points' kind ("某社区联系点", "文化界委员联系点"). */
const NAMED_POINT = /^(.{2,28}?)(?:委员)?(?:基层)?(?:联系点|观察点|观测点)$/;

/**
 * Every piece of an announced run a point named by itself ("分别为许厝社区联系点、文化艺术界委员
 * 联系点、…"), or null. A point named by the body it is set up at is that body at its place; one
 * named by a sector or a hall no place opens keeps its whole name as title, unplaced (the notice's
 * own county may place it, home-county.ts). A run that names no point by a body is no list of
 * points: sector names alone could be anything's.
 */
function namedPointsIn(run: string, start: number, lookup: RegionLookup): Host[] | null {
  const out: Host[] = [];
  let at = start;
  for (const piece of run.split('、')) {
    const t = piece.trim();
    const m = NAMED_POINT.exec(t);
    if (!m || PARTY_POINT.test(t) || /[\s“”"（）()《》]/.test(t)) return null;
    const from = at + piece.indexOf(t);
    const host = HOST.test(m[1]!) ? hostAt(m[1]!, from, lookup) : null;
    out.push(host ?? { start: from, end: from + t.length, placeEnd: from, named: true });
    at += piece.length + 1;
  }
  return out.some((h) => !h.named) ? out : null;
}

interface PointRun {
  hosts: Host[];
  /** "A等七家单位为…": the names are the round's first, the count is the round's. */
  examplesOf?: number;
}

/** The names of one sentence `s` (starting at `start`) that lists points, or null. */
function pointHosts(s: string, start: number, lookup: RegionLookup): PointRun | null {
  for (const m of s.matchAll(POINT)) {
    const at = m.index ?? 0;
    const upTo = s.slice(0, at + m[0].length);
    if (PERSONAL_POINT.test(upTo) && !CONFERENCE_POINT.test(upTo)) continue;
    // "…联系点，包括：A、B、C。": the names run to the sentence's end after the announcing word.
    const after = s.slice(at + m[0].length).replace(/^[，,]\s*/, '');
    const announced = ANNOUNCES.exec(after);
    if (announced) {
      const from = s.length - after.length + announced[0].length;
      const hosts =
        hostsIn(s.slice(from), start + from, lookup) ??
        (DESIGNATED.test(upTo) ? namedPointsIn(s.slice(from), start + from, lookup) : null);
      if (hosts && hosts.length >= 2) return { hosts };
    }
    // "A、B作为…联系点", "向A等首批18家…联系点授牌": the names open the clause before the kind.
    let clauseStart = at;
    while (clauseStart > 0 && !CLAUSE_END.test(s[clauseStart - 1]!)) clauseStart--;
    const clause = s.slice(clauseStart, at);
    if (!CLOSES_DESIGNATION.test(s.slice(at + m[0].length))) continue;
    const tail = TAIL.exec(clause);
    if (!tail || tail.index === 0) continue;
    const lead = LEAD.exec(clause.slice(0, tail.index));
    const from = lead && lead[0].length < tail.index ? lead[0].length : 0;
    const hosts = hostsIn(clause.slice(from, tail.index), start + clauseStart + from, lookup);
    const counted = /^\s*等[^0-9一二两三四五六七八九十]*([0-9]+|[一二两三四五六七八九十]+)/.exec(
      tail[0],
    );
    const stated = counted ? parseNumber(counted[1]!) : null;
    if (
      !hosts ||
      (hosts.length < 2 && stated === null) ||
      hosts.every((h) => h.placeEnd === h.start)
    )
      continue;
    return stated === null ? { hosts } : { hosts, examplesOf: stated };
  }
  return null;
}

function itemOf(doc: KeyedText, h: Host): ItemDraft {
  const name = doc.text.slice(h.start, h.end);
  const placed = h.placeEnd > h.start;
  // A community or village named bare is its own place, for the notice's county to hold.
  const own = !placed && !h.named && PLACE_UNIT.test(doc.key.slice(h.start, h.end));
  return {
    seq: null,
    start: h.start,
    end: h.end,
    regionText: placed ? doc.text.slice(h.start, h.placeEnd) : own ? name : '',
    unit: name,
    title: placed || own ? '' : name,
    warnings: [],
  };
}

export function detectContactPointHosts(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    for (const m of line.key.matchAll(/[^。！？!?]+/g)) {
      const start = line.start + (m.index ?? 0);
      const run = pointHosts(m[0], start, lookup);
      if (!run) continue;
      const { hosts, examplesOf } = run;
      const first = hosts[0]!.start;
      const counted: CategoryDraft[] =
        examplesOf === undefined
          ? []
          : [{ name: '', stated: examplesOf, found: hosts.length, start: first, examples: true }];
      lists.push({
        layout: 'sentence',
        items: hosts.map((h) => itemOf(doc, h)),
        start: first,
        end: hosts[hosts.length - 1]!.end,
        lineIndexes: [line.index],
        ...(counted.length ? { categories: counted } : {}),
      });
    }
  }
  return lists;
}
