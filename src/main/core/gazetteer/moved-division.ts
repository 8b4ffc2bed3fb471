/**
 * One division the list holds under two codes: a county moved to another city keeps its name
 * but takes a new code, and the old one, ended, names the new as its successor (枞阳县 340823
 * under 安庆 became 340722 under 铜陵 in 2016). A name matching both is one place over time, not
 * two places sharing a name (新华区 in 石家庄 and in 沧州, both live).
 */
import { loadGazetteer } from './gazetteer-data';

/** Whether every code but one is an ended division whose successor is that one. */
export function oneDivisionMoved(codes: readonly string[]): boolean {
  const distinct = [...new Set(codes)];
  if (distinct.length < 2) return false;
  const g = loadGazetteer();
  const successors = (code: string): string[] =>
    (g.byCode.get(code) ?? []).flatMap((u) => (u.to ? u.successors : []));
  return distinct.some((last) => distinct.every((c) => c === last || successors(c).includes(last)));
}
