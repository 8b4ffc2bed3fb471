/**
 * A name a title writes bare ("省民政厅赴某县开展婚俗改革试点评估") is the province's own
 * programme when the text writes it with the province's scope word ("…打造成全省婚俗改革试点的
 * 显著名片") and nowhere with a national one: without its scope the label would read as a
 * programme of no place, the way a national one is written bare.
 */
import { cleanProgramme, type Programme } from './programme';

/** The province's scope words, as a text writes them right before a name. */
const PROVINCE_SCOPE = /全省|省级|我省|本省/g;

/**
 * `named` with the province's scope when `text` (a key without quotes or spaces) writes the
 * same words right after one of the province's scope words; null when it does not.
 */
export function provincialInText(
  named: Programme,
  text: string,
  province: string | null,
): Programme | null {
  const written = [...text.matchAll(PROVINCE_SCOPE)].find((m) =>
    text.startsWith(named.name, (m.index ?? 0) + m[0].length),
  );
  if (!written) return null;
  // 省级 is the same scope as 全省: read as it, the province's name replaces it.
  const scope = written[0] === '省级' ? '全省' : written[0];
  const scoped = cleanProgramme(scope + named.name, province, true);
  return scoped ? { ...named, name: scoped.name } : null;
}
