/**
 * A pilot written without the words saying whom it serves: a relay's 婚姻登记“跨省通办”试点 is the
 * State Council's 内地居民婚姻登记“跨省通办”试点, the residents it is for left out. The short name
 * is the whole name's tail, long enough to be a pilot's own subject; what is left out is a
 * qualifier of a few characters, never a place, a scope, a level or a round (城乡社区治理试点 is no
 * 社区治理试点, 浙江省…试点 no national one): a different pilot sharing the tail (户籍登记“跨省通办”
 * 试点) is never the short name of this one. What is left out must name the people served
 * (居民, 群众, 老年人…): a head of another kind makes another pilot (医养结合养老服务改革试点 is no
 * 养老服务改革试点) or a place's own (深圳…, 长三角…, written without a level).
 */
import { nationalBase, programmeBase } from './programme-name';

/** The tail must name the pilot's own subject, not its last words alone (跨省通办试点). */
const MIN_SHORT = 8;
/** Words that make another programme when written in front: places, scopes, levels, rounds. */
const NOT_QUALIFIER =
  /[省市县区州旗盟镇乡村街第批年届]|全国|国家|中央|全省|城乡|农村|城市|社区|综合|专项|示范|重点/;

/** A qualifier of whom the pilot serves ends on the people it names. */
const WHOM_SERVED =
  /(?:居民|群众|人员|人口|老年人|老人|儿童|妇女|青少年|残疾人|职工|农民工|学生|患者|军人|家庭)$/;

const nameOf = (p: string) => nationalBase(programmeBase(p)).replace(/[“”"]/g, '');

/** `short` is the pilot `long` written without the qualifier of whom it serves. */
export function isUnqualifiedPilot(long: string | null, short: string | null): boolean {
  if (!long || !short) return false;
  const a = nameOf(long);
  const b = nameOf(short);
  if (!a.endsWith('试点') || b.length < MIN_SHORT || a === b || !a.endsWith(b)) return false;
  const head = a.slice(0, a.length - b.length);
  return (
    head.length >= 2 && head.length <= 6 && !NOT_QUALIFIER.test(head) && WHOM_SERVED.test(head)
  );
}
