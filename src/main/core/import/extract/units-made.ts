/**
 * Honours named by what their units are, with no 示范 or 实验 word (文明村镇, 绿色社区,
 * 友好型社区, 特色小镇), are also the words a story uses for such units themselves:
 *
 * - a verb of making or showing them inside the words before the ending (打造老年友好型社区,
 *   展现特色小镇新魅力, 某市打造特色小镇) makes them the units' work, not a conferred list's
 *   name; a name its scope word opens (展现全国示范性老年友好型社区…) has had the verb cut already;
 * - a town's trade or theme right before 特色小镇 (灯饰特色小镇, 黄酒特色小镇, 旅游特色小镇) is
 *   a town's own brand: the honour is named by who confers it (中国, 全国, 省级, 浙江省, 某市).
 */
import { PROVINCES } from './provinces';

const BARE_HONOUR = /^(?:文明村镇|绿色社区|友好型社区|特色小城?镇)/;
const MAKING_VERB =
  /打造|建设|建成|展现|展示|彰显|呈现|推动|培育|发展|争创|助力|共建|共创|提升|擦亮|做强|做优|争当/;
const TOWNS = /特色小城?镇/;
/** Who confers the towns' honour, written right before it: a scope, a level, a division. */
const CONFERRER = new RegExp(
  `(?:中国|全国|国家|级|省|市|区|县|州|盟|旗|${PROVINCES.map((p) => p.short).join('|')})$`,
);

/** Whether `name`, read up to `ending`, names units of the honour's kind, not the honour. */
export function namesUnitsNotHonour(ending: string, name: string): boolean {
  if (!BARE_HONOUR.test(ending)) return false;
  // The endings hold none of the verbs: the whole name is looked in.
  if (MAKING_VERB.test(name)) return true;
  const towns = TOWNS.exec(ending) ? name.search(TOWNS) : -1;
  return towns > 0 && !CONFERRER.test(name.slice(0, towns));
}
