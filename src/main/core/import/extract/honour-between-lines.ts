/**
 * A list of towns one a line, each town's honour printed on a line of its own below it
 * ("英山县温泉镇" / "中国温泉之乡" / "罗田县九资河镇"): what a two-column table pasted cell by
 * cell becomes. The honour names no place and no unit, so it neither ends the run nor is an
 * entry; it belongs to the town above it. Only a short line of honour words alone, right after
 * an entry and right before another place line, is taken so: a sentence, a heading with a count
 * or an honour closing the page still ends the list.
 */
import { namesHonour } from './place-like';
import type { Line } from './text-key';

/** The longest honour read alone on its line ("中国历史文化名镇", "全国特色景观旅游名镇"). */
const HONOUR_ONLY = /^[\u4e00-\u9fff]{4,14}$/;

export function honourBetweenPlaces(
  line: Line,
  afterEntry: boolean,
  nextIsPlace: boolean,
): boolean {
  return afterEntry && nextIsPlace && HONOUR_ONLY.test(line.trimmed) && namesHonour(line.trimmed);
}
