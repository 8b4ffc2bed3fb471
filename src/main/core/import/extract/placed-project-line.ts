/**
 * "深圳市“五分钟社会救援圈”志愿服务项目": a list line naming a project (a case, a programme a
 * unit runs) by its place, its quoted name and the noun of what it is. The place is the entry's;
 * the line as written is the project's name, its title. A quote with no such noun after it is a
 * slogan, and a line with more than one quote or any stop is prose.
 */
import type { RegionLookup } from './types';

const PROJECT =
  /^[^“”"「」，,。；;：:\s]{2,20}?[“"「]([^“”"「」]{2,30})[”"」][\u4e00-\u9fff]{0,8}?(项目|计划|行动|工作法|品牌|案例)$/;

export function placedProjectLine(
  raw: string,
  lookup: RegionLookup,
): { place: string; title: string } | null {
  const t = raw.trim();
  if (!PROJECT.test(t)) return null;
  const quote = t.search(/[“"「]/);
  const hit = lookup.splitPrefix(t.slice(0, quote), {});
  if (!hit || hit.end !== quote) return null;
  return { place: hit.regionText, title: t };
}
