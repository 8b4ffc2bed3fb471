/**
 * A count of units in figures with its measure inside a programme phrase ("云南再新增100家全域旅游
 * 示范区创建单位", "湖北13家国家湿地公园试点", "共10家试点单位"): the sentence telling how many
 * places joined, not a programme's name; the name, if the phrase holds one, starts after the
 * count. A count the name's own words carry on from (3家联建…, 两地协同…) is the name's, and a
 * count at the phrase's start is left to the programme's own rule for it.
 *
 * What is left may be a pilot's or a demonstration's generic word only (试点单位, 示范点): the
 * units' kind, which names no programme.
 */
import { onlyGenericKind } from './generic-kind';
import { COUNT_IN_NAME } from './programme-count-words';

/** Across several counts the name starts after the last one. */
const UNIT_COUNT = new RegExp(
  `^(?:.*[^0-9.])?[0-9]+(?:\\.[0-9]+)?万?(?:家|处|所)(?=[\\u4e00-\\u9fff“"])(?!${COUNT_IN_NAME})`,
);

/**
 * The phrase after the count of units written inside it; null when what is left is only the
 * units' generic kind; the phrase itself when it counts none.
 */
export function afterUnitCount(phrase: string): string | null {
  const count = UNIT_COUNT.exec(phrase);
  if (!count) return phrase;
  const rest = phrase.slice(count[0].length);
  if (onlyGenericKind(rest)) return null;
  return rest.length >= 4 ? rest : phrase;
}
