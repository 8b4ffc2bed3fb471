/**
 * What a notice's joins read from the ledger, read once per notice: the live programme names
 * its items are weighed under and the records near its items, per identity key. planJoins runs
 * before the notice writes anything, so the answers cannot change under it.
 */
import type Database from 'better-sqlite3';
import {
  identityCandidates,
  endsLike,
  identityCandidatesByProgramme,
  liveProgrammes,
  programmesStartingLike,
  type IdentityRow,
} from '../../db/queries/identity';

/**
 * The live programme names a notice's items are weighed under, read once per notice by kind
 * and by how the name ends (a core) or starts (a base, stem or head): the base and the stem
 * of one programme are often the same name, and every item of a list writes the same one.
 * So is each family of programmes a written name may mean: it depends only on the kind and
 * the name, which a list's thirty items share.
 */
export class ProgrammeNames {
  private readonly names = new Map<string, string[]>();
  private readonly ending = new Map<string, string[]>();
  private readonly starting = new Map<string, string[]>();
  private readonly inside = new Map<string, string[]>();
  private readonly families = new Map<string, string[]>();

  constructor(readonly db: Database.Database) {}

  endingWith(kind: string, core: string): string[] {
    // the kind's names read once (a seek each), each ending compared in JavaScript: a notice
    // asks for two or three endings of one kind
    return once(this.ending, `${kind}\u0000${core}`, () =>
      once(this.names, kind, () => liveProgrammes(this.db, kind)).filter((p) => endsLike(p, core)),
    );
  }

  /** The names holding `part` anywhere (a quoted name after its sponsor's words). */
  containing(kind: string, part: string): string[] {
    return once(this.inside, `${kind}\u0000${part}`, () =>
      once(this.names, kind, () => liveProgrammes(this.db, kind)).filter((p) =>
        p
          .normalize('NFKC')
          .replace(/[\s\u3000]/g, '')
          .includes(part),
      ),
    );
  }

  startingWith(kind: string, base: string): string[] {
    return once(this.starting, `${kind}\u0000${base}`, () =>
      programmesStartingLike(this.db, kind, base),
    );
  }

  /** The programmes other than its own that `draft`'s name may mean, found one way (`by`). */
  family(by: string, draft: IdentityRow, find: () => string[]): string[] {
    return once(this.families, `${by}\u0000${draft.kind}\u0000${draft.programme}`, find);
  }
}

function once(memo: Map<string, string[]>, key: string, read: () => string[]): string[] {
  let names = memo.get(key);
  if (!names) memo.set(key, (names = read()));
  return names;
}

/** The identity a draft is looked up by: its kind and programme, and for a case its year. */
const identityKey = (d: IdentityRow) =>
  `${d.kind}\u0000${d.programme}\u0000${d.kind === 'case' ? d.year : ''}`;

/**
 * The notice's identity reads, one per identity key (and family of programmes) instead of
 * one per item: the rows near all the items of a key are read at once, and each item keeps
 * those filed under its own codes — in id order, exactly the rows its own read would give.
 * Items placed nowhere read the records placed nowhere, once per key.
 */
export class NoticeReads {
  private readonly near = new Map<string, Set<string>>();
  private readonly rows = new Map<string, IdentityRow[]>();
  private readonly families = new Map<string, Map<string, IdentityRow[]>>();

  constructor(readonly db: Database.Database) {}

  /** Says which codes an item of this key reads, before any read. */
  note(draft: IdentityRow, codes: readonly string[] | null): void {
    if (codes === null) return;
    const key = identityKey(draft);
    let all = this.near.get(key);
    if (!all) this.near.set(key, (all = new Set()));
    for (const c of codes) all.add(c);
  }

  candidates(draft: IdentityRow, codes: readonly string[] | null): IdentityRow[] {
    const key = `${identityKey(draft)}\u0000${codes === null ? 'nowhere' : ''}`;
    let rows = this.rows.get(key);
    if (!rows) {
      const read = codes === null ? null : [...this.near.get(identityKey(draft))!];
      rows = identityCandidates(this.db, draft.kind, draft.programme, draft.year, read);
      this.rows.set(key, rows);
    }
    return codes === null ? rows : within(rows, codes);
  }

  byFamily(
    draft: IdentityRow,
    family: readonly string[],
    codes: readonly string[] | null,
  ): Map<string, IdentityRow[]> {
    const key = `${identityKey(draft)}\u0000${codes === null ? 'nowhere' : ''}\u0000${family.join('\u0000')}`;
    let rows = this.families.get(key);
    if (!rows) {
      const read = codes === null ? null : [...this.near.get(identityKey(draft))!];
      rows = identityCandidatesByProgramme(this.db, draft.kind, family, draft.year, read);
      this.families.set(key, rows);
    }
    if (codes === null) return rows;
    return new Map([...rows].map(([p, r]) => [p, within(r, codes)]));
  }
}

function within(rows: readonly IdentityRow[], codes: readonly string[]): IdentityRow[] {
  const set = new Set(codes);
  return rows.filter((r) => r.regionCode !== null && set.has(r.regionCode));
}
