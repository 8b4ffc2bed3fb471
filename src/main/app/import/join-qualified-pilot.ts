/**
 * A later notice that writes a pilot without whom it serves (婚姻登记“跨省通办”试点 for the list's
 * 内地居民婚姻登记“跨省通办”试点), or a record a relay filed under that short name which the whole
 * name now names (core/records/qualified-pilot.ts): the one such programme that has this unit,
 * if exactly one does. The unit and batch decide as under the name itself.
 */
import type { IdentityMatch } from '../../core/dedupe/identity';
import { isUnqualifiedPilot } from '../../core/records/qualified-pilot';
import type { IdentityRow } from '../../db/queries/identity';
import { oneOfFamily } from './join-family';
import type { NoticeReads, ProgrammeNames } from './join-reads';

export function byQualifiedPilot(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
): IdentityMatch | null {
  const written = draft.programme;
  if (!written || !written.endsWith('试点')) return null;
  const family = programmes.family('qualified', draft, () =>
    programmes
      .endingWith(draft.kind, '试点')
      .filter((p) => isUnqualifiedPilot(p, written) || isUnqualifiedPilot(written, p)),
  );
  if (family.length === 0) return null;
  return oneOfFamily(draft, family, codes, taken, reads);
}
