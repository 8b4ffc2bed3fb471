/**
 * A development zone the division list places at the district that holds it (重庆市万盛经开区 at
 * 綦江区's code: the former 万盛区 went into 綦江区, and its zone is run apart from it): a list
 * naming the district and the zone ("重庆市綦江区、重庆市万盛经开区", two of its 61 counted) names
 * two units, whatever code they share. 新区 is left out: 浦东新区, 滨海新区 are districts.
 */
import { keyOf } from './text-key';

const ZONE_END =
  /(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|保税区)$/;

/** Whether one of two places is a development zone and the other no zone. */
export function zoneBesideCounty(a: string, b: string): boolean {
  return ZONE_END.test(keyOf(a)) !== ZONE_END.test(keyOf(b));
}
