/**
 * A list's name cell that is a place and then only what the body there is ("新化县吉庆镇中心敬老院",
 * "新化县社会福利院", "某区社会工作服务中心"): the cell names an institution or organisation at that
 * place, the way a line naming one does (place-lines' NAMED_BODY). The body is the unit, and its
 * kind is no title of it: the corpus holds such entries at their place with no title (zh03's rest
 * home named by its town, the honoured organisations of a05 and l03).
 */
import { NAMED_BODY } from './place-lines';
import { keyOf } from './text-key';

/**
 * Whether `rest`, what is left of a name cell once its place is read off, is only a body's kind
 * and a short qualifier before it (中心敬老院, 城区中心敬老院, 社会福利院). A remainder with a name
 * of its own in marks or brackets, or a long one, names something more than the kind (a project
 * run by a centre) and keeps its title.
 */
export function onlyBodyKind(rest: string): boolean {
  const k = keyOf(rest).trim();
  return (
    k.length >= 3 &&
    k.length <= 10 &&
    /^[\u4e00-\u9fff]+$/.test(k) &&
    (NAMED_BODY.test(k) || CARE_HOME.test(k))
  );
}

/**
 * Rest homes by the other words they go by (某区渤海养护院, 某区来福星老年公寓, 某社区养老中心): a
 * home is a body at its place as a 养老院 is, held there with no title (the corpus README's
 * honoured bodies, l03's 养护中心), so a grading list titles none of its homes.
 */
const CARE_HOME = /(?:养护院|护理院|老年公寓|老年之家|养老中心)$/;
