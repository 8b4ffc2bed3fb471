/**
 * A 兵团 division or regiment the ledger placed in the city its division runs (师市合一:
 * 农八师一二一团 → 石河子市 659001) is still the corps' unit: the Ministry's lists print it
 * under 新疆生产建设兵团 as the notice wrote it, never as the city that lends it a code (the
 * city's name alone would tell the leader a different place was chosen).
 */
import { BINGTUAN_NAME, divisionOfCity, matchBingtuan } from '../gazetteer/bingtuan';

/** The corps unit's printed segments (新疆生产建设兵团, 农八师, 一二一团), or null. */
export function corpsUnitSegments(written: string, code: string | null): string[] | null {
  if (!written) return null;
  // A regiment written alone counts only where its code is a division's city.
  const inCorps = code !== null && divisionOfCity(code) !== null;
  const hit = matchBingtuan(written, 0, inCorps);
  if (!hit || (!hit.division && !hit.regiment)) return null;
  const own = written.replace(/^(?:新疆)?(?:生产建设)?兵团/, '');
  const parts = own.split(/(?<=师)/u).filter(Boolean);
  return [BINGTUAN_NAME, ...parts];
}
