/**
 * A name a title writes bare ("省民政厅赴某县开展婚俗改革试点评估") is the province's own
 * programme when the text writes it with the province's scope word ("…打造成全省婚俗改革试点的
 * 显著名片") and nowhere with a national one: without its scope the label would read as a
 * programme of no place, the way a national one is written bare.
 */
import { cleanProgramme, type Programme } from './programme';

/**
 * The province's own scope words, as a text writes them right before a name. 省级 is left out:
 * it names a level any province may hold (a ministry's 可开展省级…试点 is the provinces'
 * counterpart of its own programme), not the speaking province's programme.
 */
const PROVINCE_SCOPE = /全省|我省|本省/g;

/**
 * A ministry opening a clause and naming the list (民政部确认…, 某某部等五部门公布…): the
 * name it confers is the nation's, and 全省…/我省… after it tells the province's share of that
 * programme (肥乡区是全省婚俗改革实验区的先行者), not a programme of the province's own. A
 * province's or a party committee's department (省委宣传部, 某市某部) is no ministry.
 */
const MINISTRY_ACTS =
  /(?:^|[，,。.；;：:\s]|日)([\u4e00-\u9fff]{1,10}?部)(?:办公厅)?(?:等[0-9一二三四五六七八九十]*个?部门)?(?:联合|正式)?(?:确认|公布|发布|命名|认定|批复|批准)/g;

function ministryActs(text: string): boolean {
  return [...text.matchAll(MINISTRY_ACTS)].some((m) => !/[省市县区州委我本全各]/.test(m[1]!));
}

/** The name written with quotes inside or around it ("“千村美丽”示范村"). */
function quotedIn(name: string, raw: string): boolean {
  const chars = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const written = new RegExp(`“?${chars.join('[“”"]?')}”?`, 'g');
  return [...raw.matchAll(written)].some((m) => /[“”"]/.test(m[0]));
}

/**
 * `named` with the province's scope when `text` (a key without quotes or spaces) writes the
 * same words right after one of the province's scope words; null when it does not.
 */
export function provincialInText(
  named: Programme,
  text: string,
  province: string | null,
  raw: string,
): Programme | null {
  // A name the text quotes (“千村美丽”示范村) is the honour's own name as conferred: a scope
  // word before it elsewhere tells how wide it was conferred, as outside its quotes.
  if (quotedIn(named.name, raw) || ministryActs(raw)) return null;
  const written = [...text.matchAll(PROVINCE_SCOPE)].find((m) =>
    text.startsWith(named.name, (m.index ?? 0) + m[0].length),
  );
  if (!written) return null;
  const scoped = cleanProgramme(written[0] + named.name, province, true);
  return scoped ? { ...named, name: scoped.name } : null;
}
