/**
 * A story about the place it speaks as: "我区通过省…试验区验收", "…跟踪指导我市建设全国…实验区
 * 工作", a bureau's reply telling in passing that "我市被确定为…试点地区". Its one unit is 我区 / 我市 in the lead and is named by its own name only further down
 * ("代表某某区作汇报", "某某市建设…实验区工作汇报会"), never in a list. When nothing else in
 * the notice reads as a list, the one place of the speaker's level the text names at least
 * twice is that unit; its theme is the quoted words before 实验主题, its outcome what the
 * speaker's own clauses say happened (完成创建任务, 通过验收). A text naming two places of that
 * level says nothing about which one speaks, and yields nothing. A municipality speaks as 本市
 * too ("本市申报成为全国…试点地区"): when the text names no city of the speaker's level, the one
 * municipality it names at least twice, once in full, is that unit, as it is where the cities it
 * names are each named once only (a couple's home towns). A speaker carrying a pilot out (我市试点
 * 实施…) is such a unit too.
 */
import { SPEAKER_PILOTS } from './carried-pilot';
import type { ItemDraft, ListDraft } from './drafts';
import { outcomeIn } from './outcomes';
import { regionParts } from './region-heuristic';
import type { KeyedText } from './text-key';
import { toKey } from './text-key';
import { themeLater } from './theme-lines';
import type { RegionLookup } from './types';

/** The words a notice speaks as its own county or city with, and the level each means. */
const SPEAKER = /我区|本区|我县|本县|我旗|本旗|我市|本市/g;
const SPEAKS = new RegExp(SPEAKER.source);
const LEVEL: Record<string, string> = {
  区: '区',
  县: '县',
  旗: '旗',
  市: '市',
};
/** "我市8个…实验区": the speaker counts its several units, so no one unit is the story's. */
const COUNTED = /^(?:\d+|[两二三四五六七八九十]+)个/;
/**
 * A zone of an experiment or pilot programme, named in the speaker's sentence: an experiment
 * zone, or a pilot programme's area of the speaker's own level ("我市被确定为…试点地区", "我市
 * 入选…试点城市之一").
 */
const ZONE_WORD = /实验区|试验区|试点(?:地区|城市|市|县|区)/;
/** "我市试点实施…": the speaker carries a pilot out; the clause is no programme's name. */
const PILOTS = SPEAKER_PILOTS;
/** How far into the text the speaker's sentence may open (the headline and the lead). */
const LEAD = 600;
/** "围绕“…”实验主题": the theme the unit worked on, quoted before the word for it. */
const AROUND_THEME = /围绕[“"「『]([^”"」』]{4,60})[”"」』]的?(?:实验|试点|创建)主题/;

interface Sentence {
  start: number;
  end: number;
}

/** The sentences of the key (split at 。！？；and line ends). */
function sentences(key: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length || /[。！？!?；;\n]/.test(key[i] ?? '')) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The places of one level the text names ("钟楼区", "邛崃市"), by key with their count: the
 * shortest piece ending at each level character that the division list reads whole. Names of
 * two characters (城区, 矿区) are too often plain words to count; a county's (莒县, 沛县) counts
 * where it stands as a word of its own (after a line's start or a stop: "莒县扎实推进…",
 * "下一步，莒县将…"), and only when no longer county ends there: the last two characters of a
 * longer word are no county (示范县 is no 范县, 莒南县 no 南县, 召开县委 no 开县), nor is a word of
 * reference (全县, 该县, 我县, 各县).
 */
const TWO_CHAR_COUNTY = /^[^我本全各该此其某每外邻他一两][县]$/;
const HAN = /[\u4e00-\u9fff]/;
function placesOfLevel(
  doc: KeyedText,
  level: string,
  lookup: RegionLookup,
): Map<string, { text: string; count: number }> {
  const found = new Map<string, { text: string; count: number }>();
  const count = (piece: string): void => {
    const key = toKey(piece);
    const seen = found.get(key);
    found.set(key, { text: piece, count: (seen?.count ?? 0) + 1 });
  };
  for (let i = 0; i < doc.key.length; i++) {
    if (doc.key[i] !== level) continue;
    const piece = placeEndingAt(doc, i, lookup);
    if (piece) count(piece);
    else if (level === '县' && twoCharCountyAt(doc, i, lookup)) count(doc.text.slice(i - 1, i + 1));
  }
  return found;
}

/** The shortest name of three to six characters ending at `i` that is a place of the speaker's. */
function placeEndingAt(doc: KeyedText, i: number, lookup: RegionLookup): string | null {
  for (let len = 3; len <= 6 && len <= i + 1; len++) {
    const piece = doc.text.slice(i + 1 - len, i + 1);
    if (/[^\u4e00-\u9fff]/.test(piece)) break;
    const hit = lookup.splitPrefix(piece, {});
    if (!hit || hit.regionText.length !== piece.length) continue;
    const parts = regionParts(piece);
    // A province-level city (上海市) or a name with its province written is not the speaker,
    // and a community (某某社区) lies below it.
    if (parts.province || parts.belowCounty) return null;
    return piece;
  }
  return null;
}

/** Whether a county of two characters, standing as a word of its own, ends at `i`. */
function twoCharCountyAt(doc: KeyedText, i: number, lookup: RegionLookup): boolean {
  if (i < 1 || (i >= 2 && HAN.test(doc.key[i - 2] ?? ''))) return false;
  const piece = doc.text.slice(i - 1, i + 1);
  if (!TWO_CHAR_COUNTY.test(toKey(piece))) return false;
  const hit = lookup.splitPrefix(piece, {});
  return hit?.regionText.length === piece.length;
}

/**
 * The municipalities (province-level cities), full name and the short name notices also write
 * them by ("上海民政网站"): four names no ordinary word starts like.
 */
const MUNICIPALITIES = [
  ['北京市', '北京'],
  ['天津市', '天津'],
  ['上海市', '上海'],
  ['重庆市', '重庆'],
] as const;

/**
 * The one municipality a 市 speaker's text names, at least twice and once in full; null when it
 * names none so, or several.
 */
function municipalitySpeaking(doc: KeyedText): { text: string; count: number } | null {
  const named = MUNICIPALITIES.map(([full, short]) => ({
    text: full,
    full: doc.key.split(full).length - 1,
    count: doc.key.split(short).length - 1,
  })).filter((m) => m.count > 0);
  const only = named.length === 1 ? named[0] : undefined;
  return only && only.full > 0 && only.count >= 2 ? only : null;
}

/** The one unit of a story told as 我区 / 我市, as a one-item list; empty when there is none. */
export function detectOwnPlaceUnit(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const all = sentences(doc.key);
  const lead = all.filter((s) => s.start < LEAD);
  let level: string | null = null;
  let at: Sentence | null = null;
  let phrase = '';
  let pilots = false;
  for (const s of lead) {
    const text = doc.key.slice(s.start, s.end);
    for (const m of text.matchAll(SPEAKER)) {
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (ZONE_WORD.test(after) && COUNTED.test(after)) return [];
      if (ZONE_WORD.test(text.slice(m.index ?? 0)) || PILOTS.test(text.slice(m.index ?? 0))) {
        level = LEVEL[m[0].slice(1)] ?? null;
        at = s;
        // The speaker's clause names the programme it joined ("本市申报成为全国…试点地区"),
        // with its scope: the cited documents around it may write it bare.
        const clause = text.slice(m.index ?? 0).split(/[，,；;]/)[0] ?? '';
        // A pilot's area word (试点地区, 试点城市之一) is no part of the programme's name.
        pilots = PILOTS.test(clause);
        phrase =
          ZONE_WORD.test(clause) && !pilots
            ? clause.replace(/(试点)(?:地区|城市|市|县|区)(?:之一)?$/, '$1')
            : '';
        break;
      }
    }
    if (at) break;
  }
  if (!level || !at) return [];
  const places = [...placesOfLevel(doc, level, lookup).values()];
  // A municipality speaking as 我市 may name cities of other provinces once each in passing
  // (a couple's home towns, 四川省阆中市): none of them named twice, the municipality speaks.
  const only =
    places.length === 1
      ? places[0]
      : places.every((p) => p.count < 2) && level === '市'
        ? municipalitySpeaking(doc)
        : undefined;
  if (!only || only.count < 2) return [];
  // What the speaker's own clauses say happened: from the speaker word to the sentence's end.
  let outcome: ReturnType<typeof outcomeIn> = null;
  for (const s of lead) {
    const text = doc.key.slice(s.start, s.end);
    const m = SPEAKS.exec(text);
    outcome = m ? outcomeIn(text.slice(m.index)) : null;
    if (outcome) break;
  }
  const item: ItemDraft = {
    seq: null,
    start: at.start,
    end: at.end,
    regionText: only.text,
    title: themeOf(doc, at),
    ...(outcome ? { outcome } : {}),
    warnings: [],
  };
  const line = doc.lines.find((l) => l.start <= at.start && at.start <= l.end);
  return [
    {
      layout: 'sentence',
      items: [item],
      start: at.start,
      end: at.end,
      lineIndexes: line ? [line.index] : [],
      ...(phrase ? { phrase } : {}),
      // Its own work told (我市试点实施…): the page is still the story it was, naming its unit.
      ...(pilots ? { feature: true as const } : {}),
    },
  ];
}

/** The unit's theme as written: quoted before 实验主题, or after 实验主题为 in its sentence. */
function themeOf(doc: KeyedText, at: Sentence): string {
  const around = AROUND_THEME.exec(doc.key);
  if (around?.[1]) {
    const from = (around.index ?? 0) + around[0].indexOf(around[1]);
    return doc.text.slice(from, from + around[1].length);
  }
  return themeLater(doc.key.slice(at.start)) ?? '';
}
