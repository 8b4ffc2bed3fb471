/**
 * A relay of a pilot that writes no name for the programme as such, only what its places carry
 * out: "在辽宁、山东…实施结婚登记和离婚登记“跨省通办”试点，在江苏…实施结婚登记“跨省通办”试点",
 * a municipality's "我市试点实施婚姻登记“跨省通办”". The groups' pilots are the parts of one
 * pilot (marriage registration is registering a marriage and registering a divorce), and the
 * places carrying it out name it: the notice's programme is that one pilot. Only where the page
 * names no programme otherwise, only for pilots places carry out (在/省/市… 实施), and only when
 * every such pilot on the page is the same one once its parts are read as their whole: a page
 * carrying out two pilots names neither.
 */
import { cleanProgramme, type Programme } from './programme';

/**
 * Registrations a pilot may cover in part, read as the registration they are parts of: a pilot
 * of registering marriages and divorces, or of marriages alone, is the marriage registration
 * pilot (婚姻登记 covers 结婚登记 and 离婚登记).
 */
const PARTS_OF_WHOLE: readonly [RegExp, string][] = [
  [
    /(?:结婚|离婚)(?:登记)?(?:和|与|及|、)(?:结婚|离婚)登记|结婚登记|离婚登记|结\(离\)婚登记/g,
    '婚姻登记',
  ],
];

/** Places carrying a pilot out: "在A、B实施X试点", "A省、B市实施X试点". */
const CARRIED_OUT =
  /(?:^|[在省市区县])[^。；;，,\n]{0,40}?实施([^。；;，,、\n]{2,30}?)试点(?![\u4e00-\u9fff]{0,2}(?:工作)?(?:培训|会议|座谈|调研|经验))/g;

/** A place trying the pilot as its own ("我市试点实施婚姻登记“跨省通办”"). */
const OWN_TRIAL = /(?:我|本)[市区县省]试点实施([^。；;，,的\n]{2,30}?)(?=的|[。；;，,\n]|$)/m;

function asWhole(what: string): string {
  let out = what;
  for (const [part, whole] of PARTS_OF_WHOLE) out = out.replace(part, whole);
  return out;
}

/** The one pilot the page's places carry out, read from what they carry out, or null. */
export function relayedPilot(
  title: string | null,
  text: string,
  province: string | null,
): Programme | null {
  const names = new Set<string>();
  for (const m of text.matchAll(CARRIED_OUT)) names.add(asWhole(m[1]!));
  const own = OWN_TRIAL.exec(title ?? '') ?? OWN_TRIAL.exec(text);
  if (own) names.add(asWhole(own[1]!));
  if (names.size !== 1) return null;
  const found = cleanProgramme(`${[...names][0]!}试点`, province);
  return found && found.name.length >= 6 ? found : null;
}
