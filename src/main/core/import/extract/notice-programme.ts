/**
 * The notice's own programme, read from its title and opening: the title's name completed
 * from the text (its whole level, its year, its scope, its batch), and a unit glued before
 * the name in a title told apart from the name.
 */
import {
  BATCH,
  cleanProgramme,
  LOCAL_LEVEL,
  programmeIn,
  programmesIn,
  SCOPE_WORD,
  type Programme,
} from './programme';
import { keyOf, toKey } from './text-key';
import { provinceByName } from './provinces';
import { provincialInText } from './provincial-in-text';
import { withoutProfileHonours } from './profile-honours';

/** A name for the whole programme rather than one of its levels (示范村镇, 示范单位). */
const WHOLE_LEVEL = /(村镇|单位|村\(社区\))$/;

/**
 * The notice's programme: the one its title names, else the first its opening names. A
 * title naming one level (入选全国…示范村) takes the whole programme's name when the text
 * names it (全国…示范村镇).
 */
export function noticeProgramme(
  title: string | null,
  opening: string,
  province: string | null,
): Programme | null {
  const found = namedProgramme(title, opening, province);
  if (!found || found.batch) return found;
  const batch = batchInText(found.name, opening, province);
  return batch ? { ...found, batch } : found;
}

function namedProgramme(
  title: string | null,
  opening: string,
  province: string | null,
): Programme | null {
  const named = scopedInText(
    unitLedName(unlessSpeakerOnly(programmeIn(title, province)), opening, province) ??
      // (…never a title a profile says a unit already holds.)
      unlessSpeakerOnly(programmeIn(withoutProfileHonours(opening), province)),
    opening,
    province,
  );
  if (!named) return named;
  // A yearly collection the title names bare ("天津发布11个基层治理创新典型案例") is called by
  // its year and place where the text writes it out ("2022年度天津市基层治理创新典型案例名单").
  // Read once, asked twice below: the opening's programme phrases.
  const opened = programmesIn(opening, province);
  const yearly = opened.find(
    (p) => p.name !== named.name && p.name.endsWith(named.name) && /^(19|20)\d{2}年/.test(p.name),
  );
  if (yearly) return { ...yearly, batch: named.batch ?? yearly.batch };
  const placed = placedInText(named, opened);
  if (placed)
    return { ...placed, year: named.year ?? placed.year, batch: named.batch ?? placed.batch };
  if (WHOLE_LEVEL.test(named.name)) return named;
  const family = opened.filter((p) => p.name !== named.name && sameFamily(p.name, named.name));
  const whole = family.find((p) => WHOLE_LEVEL.test(p.name));
  if (whole) return { ...whole, year: named.year ?? whole.year, batch: named.batch ?? whole.batch };
  // Its 乡镇 list and its 村 list side by side, never the whole name: the programme they
  // are the two levels of is the 村镇 one (全国乡村治理示范乡镇 + 示范村 → 示范村镇).
  const levels = [named, ...family].map((p) => TOWN_OR_VILLAGE.exec(keyOf(p.name))?.[1]);
  if (levels.some((l) => l === '村') && levels.some((l) => l && l !== '村'))
    return { ...named, name: keyOf(named.name).replace(TOWN_OR_VILLAGE, '村镇') };
  return named;
}

/**
 * A title's name that is only the speaker and the programme's bare word ("我市试点实施…" read as
 * 我市试点): no programme's name, the text's own is looked for instead. So is a place and the
 * bare word ("广东省试点结婚和离婚登记跨省通办", "宜昌市试点…": the place pilots something the
 * words after name), and words ending "in pilot" ("婚姻登记在试点省份可跨省通办": 在 places the
 * pilot, it names none).
 */
const SPEAKER_ONLY = /^(?:我|本)[省市区县旗州](?:试点|示范|实验)$/;
const IN_PILOT = /在试点$/;
/** A city's name (宜昌市), not a kind of city a programme is about (智慧城市, 文明城市). */
const CITY = /^[\u4e00-\u9fff]{2,3}市$/;

/** A province (广东省) or a city (宜昌市) and the bare 试点. */
function placeOnly(name: string): boolean {
  const place = /^(.+)试点$/.exec(name)?.[1];
  if (!place) return false;
  return provinceByName(place) !== null || (CITY.test(place) && !/[城都]市$/.test(place));
}

export function unlessSpeakerOnly(p: Programme | null): Programme | null {
  if (!p) return p;
  const name = keyOf(p.name);
  return SPEAKER_ONLY.test(name) || placeOnly(name) || IN_PILOT.test(name) ? null : p;
}

/** A prefecture's or a county's name opening a programme's name ("常德市…", "某某县…"). */
const LOCAL_PLACE = /^[\u4e00-\u9fff]{2,6}?(?:市|县|区|州|盟|旗)$/;

/**
 * A name the title gives bare or with its local level only ("获“市级科普示范社区”称号") is the
 * programme of the place the text writes before the same words ("…命名2014年度“常德市科普示范
 * 社区”的通知"): one place, written out, names the programme; two different places name none.
 */
function placedInText(named: Programme, opened: Programme[]): Programme | null {
  const stem = keyOf(named.name).replace(LOCAL_LEVEL, '');
  if (stem.length < 4 || SCOPE_WORD.test(stem) || /^(中国|国家)/.test(stem)) return null;
  // A level word before the place's name ("全市常德市…") adds nothing to it.
  const own = (p: Programme): string => keyOf(p.name).replace(LOCAL_LEVEL, '');
  const placed = opened.filter((p) => {
    const name = own(p);
    return name.endsWith(stem) && LOCAL_PLACE.test(name.slice(0, name.length - stem.length));
  });
  const names = new Set(placed.map(own));
  return names.size === 1 ? { ...placed[0]!, name: [...names][0]! } : null;
}

/**
 * The batch the text gives a programme its title names bare ("关于同意西平县全国…实验区延期的复函"
 * over "同意…西平县首批全国…实验区实验期延长至…"): the one batch every mention outside a cited
 * document's name agrees on, or none.
 */
function batchInText(name: string, opening: string, province: string | null): string | null {
  const own = toKey(opening).replace(/《[^《》]*》/g, '');
  const batches = new Set(
    programmesIn(own, province)
      .filter((p) => p.name === name && p.batch)
      .map((p) => p.batch),
  );
  return batches.size === 1 ? [...batches][0]! : null;
}

const BATCH_AT_END = new RegExp(`(?:${BATCH.source})$`);

/** A scope word the text may write between a unit and its programme's name. */
const SCOPE_BETWEEN = /全国|全省|我省|本省|省级/g;

/**
 * A title that names one unit glued to its programme without the scope word
 * ("关于同意舟曲县城乡社区治理创新实验区延期验收的批复") names the programme the text writes
 * after that unit with its scope ("同意舟曲县全省城乡社区治理创新实验区实验期延长"): the place
 * before the scope word is the unit, not part of the name.
 */
function unitLedName(
  named: Programme | null,
  opening: string,
  province: string | null,
): Programme | null {
  if (!named || SCOPE_WORD.test(named.name)) return named;
  const text = toKey(opening).replace(/[“”"\s]/g, '');
  for (const m of text.matchAll(SCOPE_BETWEEN)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    for (let cut = 2; cut <= 10 && named.name.length - cut >= 4; cut++) {
      const unit = named.name.slice(0, cut);
      if (!/[县区市旗州镇乡]$|街道$/.test(unit)) continue;
      // A batch word may sit between the unit and the scope ("同意某县第二批全省…实验区…").
      const before = text.slice(0, at).replace(BATCH_AT_END, '');
      if (before.endsWith(unit) && after.startsWith(named.name.slice(cut))) {
        const scoped = cleanProgramme(m[0] + named.name.slice(cut), province, true);
        if (scoped)
          return { ...scoped, year: named.year ?? scoped.year, batch: named.batch ?? scoped.batch };
      }
    }
  }
  return named;
}

/**
 * A name met without its scope ("第九批“一村一品”示范村镇名单") is the national one when the
 * text writes it out so elsewhere ("…为第九批全国“一村一品”示范村镇"): a bare name would be
 * taken for the programme of the place the story is about.
 */
function scopedInText(
  named: Programme | null,
  opening: string,
  province: string | null,
): Programme | null {
  if (!named || SCOPE_WORD.test(named.name) || /^(中国|国家)/.test(named.name)) return named;
  // 全国 outside the quotes of the name quoted whole (全国“某某社区”称号) is no part of it.
  const whole = `[“"]${named.name.replace(/[()]/g, '\\$&')}[”"]`;
  const text = toKey(opening)
    .replace(new RegExp(`全国(?=${whole})`, 'g'), '')
    .replace(/[“”"\s]/g, '');
  const written = [...text.matchAll(/全国|中国|国家/g)].find((m) =>
    text.startsWith(named.name, (m.index ?? 0) + m[0].length),
  );
  if (written) return { ...named, name: written[0] + named.name };
  return provincialInText(named, text, province, toKey(opening)) ?? named;
}

/**
 * The level a programme's name ends with when it is a town or a village one: a town list may
 * write its townships after the word (重点镇(乡)).
 */
const TOWN_OR_VILLAGE = /(乡镇|镇\(乡\)|镇|村)$/;

/**
 * Two names of one programme at different levels: 全国和谐社区建设示范城区 is the
 * 示范城区 part of 全国和谐社区建设示范单位; 示范乡镇 and 示范村 are parts of 示范村镇.
 */
export function sameFamily(a: string, b: string): boolean {
  const stem = (s: string): string =>
    keyOf(s).replace(
      /(单位|村镇|乡镇|乡\(镇\)|镇\(乡\)|村\(嘎查\)|村\(社区\)|村|镇|社区|街道|城区|城市|县|区)$/,
      '',
    );
  const x = stem(a);
  if (x.length < 4 || x !== stem(b)) return false;
  // 单位 is the umbrella of a demonstration's or a pilot's levels (…示范单位 over its 示范城区
  // and 示范社区, …试点单位 over its 试点县 and 试点市); a title conferred on units (全国文明单位,
  // 双拥模范单位) is a programme of its own beside the towns' and cities' (全国文明村镇, 双拥模范城),
  // which a page names with it.
  return !(/单位$/.test(keyOf(a)) || /单位$/.test(keyOf(b))) || /(示范|试点)$/.test(x);
}
