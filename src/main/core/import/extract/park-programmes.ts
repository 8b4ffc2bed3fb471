/**
 * Park programmes: a national programme builds parks by batch and accepts them later
 * (国家农业科技园区, 国家现代农业产业园), the life of an experiment zone, so their lists are zones;
 * a demonstration park (…示范园区) stays an honour, and a development zone named 园区 after its
 * city (某某工业园区) is a place. Each park is named after its place and the programme without its
 * scope ("某县现代农业产业园"): what follows the place repeats the programme, no title of its own.
 */
import { programmeBase } from '../../records/programme-name';

/** The park word ending a national programme's name, matched with the programme before it. */
export const PARK_PROGRAMME = /国家级?[\u4e00-\u9fff]{0,8}?(?<!示范)(?:科技园区|产业园)(?!区)/g;
/** The same park word as where a programme's name ends, the programme behind it. */
export const PARK_PROGRAMME_END =
  '(?<=国家级?[\\u4e00-\\u9fff]{0,8})(?<!示范)(?:科技园区|产业园)(?!区)';

/** The scope a programme's name opens with, which a unit named after it leaves out. */
const SCOPE = /^(?:国家级?|全国|省级|全省|市级|全市|县级|全县)/;

/** Whether `title` is only `programme` again, written with or without its scope. */
export function echoesProgramme(title: string, programme: string | null): boolean {
  if (!programme || !title) return false;
  const t = programmeBase(title);
  const p = programmeBase(programme);
  if (t === p) return true;
  const unscoped = p.replace(SCOPE, '');
  // The scope must have been there to leave out, and the rest still a name of its own.
  return unscoped !== p && unscoped.length >= 3 && t === unscoped;
}
