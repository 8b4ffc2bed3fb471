/**
 * "小溪镇新东社区" with no county, no province and no context: a township's name recurs
 * across the country (hundreds of 城关镇), so a township alone is never looked up
 * nationwide; but a township and one of its villages named together seldom recur. The
 * pair is taken only when every township of that name holding such a village lies in one
 * county, and only when nothing follows it; otherwise nothing is said here and the text
 * stays unresolved or ambiguous.
 */
import { isBoundary } from './normalize';
import { loadTowns } from './towns';
import { findVillagesNamed, type Village } from './villages';

const TOWN_THEN_VILLAGE =
  /^([\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|苏木|岛))([\u4e00-\u9fff]{1,10}?(?:社区|村|嘎查))/;

/** An island written for the township named after it (<stem>岛 for <stem>乡 or <stem>镇). */
const ISLAND = /岛$/;

export interface TownVillagePair {
  villages: Village[];
  /** end of the village name in the key */
  end: number;
  written: string;
}

export function townVillagePair(key: string, start: number): TownVillagePair | null {
  const m = TOWN_THEN_VILLAGE.exec(key.slice(start, start + 24));
  if (!m) return null;
  const [all, town, village] = m as unknown as [string, string, string];
  const byCounty = loadTowns().byCounty;
  const villages = findVillagesNamed(village, '').filter((v) =>
    byCounty
      .get(v.code.slice(0, 6))
      ?.some(
        (t) =>
          t.code === v.code.slice(0, 9) &&
          (ISLAND.test(town) ? t.stem !== '' && `${t.stem}岛` === town : t.key === town),
      ),
  );
  if (!villages.length || new Set(villages.map((v) => v.code.slice(0, 6))).size !== 1) return null;
  // "丽华三村社区" is found by its stem 丽华三村: the name read runs to its end.
  const townEnd = start + town.length;
  const full = villages.find((v) => key.startsWith(v.key, townEnd));
  const end = full ? townEnd + full.key.length : start + all.length;
  // Only a pair standing alone: "…村共8个村获此殊荣" goes on to say something of it, and
  // a sentence's words are read by the list around it, not as a place found nationwide.
  if (!isBoundary(key[end])) return null;
  return { villages, end, written: key.slice(start, end) };
}
