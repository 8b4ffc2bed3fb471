/**
 * A later notice that writes the programme as its sponsor's words and the honour's quoted name
 * (联合国“千年古县” for the list's 千年古县), or a record filed so that a notice writing the
 * bare name now names (core/records/quoted-programme.ts): the one such programme that has
 * this unit, if exactly one does. The batch and unit decide as under the name itself.
 */
import type { IdentityMatch } from '../../core/dedupe/identity';
import { ownProgrammeName, sameQuotedProgramme } from '../../core/records/quoted-programme';
import type { IdentityRow } from '../../db/queries/identity';
import { oneOfFamily } from './join-family';
import type { NoticeReads, ProgrammeNames } from './join-reads';

export function byQuotedProgramme(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
): IdentityMatch | null {
  const written = draft.programme;
  if (!written) return null;
  const family = programmes.family('quoted', draft, () => {
    const own = ownProgrammeName(written);
    if (own.length < 4) return [];
    return programmes.containing(draft.kind, own).filter((p) => sameQuotedProgramme(p, written));
  });
  if (family.length === 0) return null;
  return oneOfFamily(draft, family, codes, taken, reads);
}
