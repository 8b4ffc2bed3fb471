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
import {
  identityRowsByIds,
  identityStubs,
  type IdentityStub,
} from '../../db/queries/identity-stubs';
import { batchesAgree } from '../../core/dedupe/identity';
import { mayBeSameUnit } from '../../core/dedupe/unit-codes';
import { placeOfCode } from '../dedupe/nearby-codes';

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

function once<T>(memo: Map<string, T>, key: string, read: () => T): T {
  let found = memo.get(key);
  if (!found) memo.set(key, (found = read()));
  return found;
}

/** The identity a draft is looked up by: its kind and programme, and for a case its year. */
const identityKey = (d: IdentityRow) =>
  `${d.kind}\u0000${d.programme}\u0000${d.kind === 'case' ? d.year : ''}`;

/** A unit's code is a former one (renamed, merged or re-coded since). */
const historical = (code: string) => placeOfCode(code).historical;

/**
 * The notice's identity reads, one per identity key (and family of programmes) instead of
 * one per item: where the records near all the items of a key are filed is read at once,
 * from the place index alone, and each item keeps those filed under its own codes that can
 * be its unit (core/dedupe/unit-codes.ts), read whole — in id order, exactly the rows its
 * own read would give less those identity would turn away on their codes. Items placed
 * nowhere read the records placed nowhere, whole, once per key.
 */
export class NoticeReads {
  private readonly near = new Map<string, Set<string>>();
  private readonly items = new Map<string, { draft: IdentityRow; codes: readonly string[] }[]>();
  /** where the records of a key (or a key's family) are filed, by region code */
  private readonly filed = new Map<string, Map<string, IdentityStub[]>>();
  /** each placed item's records under its own programme, found at the key's first read */
  private readonly own = new WeakMap<IdentityRow, IdentityStub[]>();
  private readonly whole = new Map<number, IdentityRow>();
  private readonly nowhere = new Map<string, IdentityRow[]>();
  private readonly familiesNowhere = new Map<string, Map<string, IdentityRow[]>>();

  constructor(readonly db: Database.Database) {}

  /** Says which codes an item of this key reads, before any read. */
  note(draft: IdentityRow, codes: readonly string[] | null): void {
    if (codes === null) return;
    const key = identityKey(draft);
    let all = this.near.get(key);
    if (!all) this.near.set(key, (all = new Set()));
    for (const c of codes) all.add(c);
    let items = this.items.get(key);
    if (!items) this.items.set(key, (items = []));
    items.push({ draft, codes });
  }

  candidates(draft: IdentityRow, codes: readonly string[] | null): IdentityRow[] {
    const key = identityKey(draft);
    if (codes === null)
      return once(this.nowhere, key, () =>
        identityCandidates(this.db, draft.kind, draft.programme, draft.year, null),
      );
    let mine = this.own.get(draft);
    if (!mine) {
      const filed = this.filedOf(key, [draft.programme], draft);
      // every item of the key found at once and read whole in one read, not one an item
      for (const i of this.items.get(key)!) this.own.set(i.draft, unitsOf(i.draft, filed, i.codes));
      this.readWhole(this.items.get(key)!.flatMap((i) => this.own.get(i.draft)!.map((s) => s.id)));
      mine = this.own.get(draft) ?? unitsOf(draft, filed, codes);
    }
    return this.wholeOf(mine);
  }

  byFamily(
    draft: IdentityRow,
    family: readonly string[],
    codes: readonly string[] | null,
  ): Map<string, IdentityRow[]> {
    const key = `${identityKey(draft)}\u0000${family.join('\u0000')}`;
    if (codes === null)
      return once(this.familiesNowhere, key, () =>
        identityCandidatesByProgramme(this.db, draft.kind, family, draft.year, null),
      );
    const mine = unitsOf(draft, this.filedOf(key, family, draft), codes);
    this.readWhole(mine.map((s) => s.id));
    // A case of the same year belongs to every programme's rows, as in identityCandidates.
    const sameYear = (s: IdentityStub) =>
      draft.kind === 'case' && draft.year !== null && s.year === draft.year;
    return new Map(
      family.map((p) => [p, this.wholeOf(mine.filter((s) => s.programme === p || sameYear(s)))]),
    );
  }

  /** The stubs of `programmes` filed near every item of `draft`'s key, read once. */
  private filedOf(
    key: string,
    programmes: readonly (string | null)[],
    draft: IdentityRow,
  ): Map<string, IdentityStub[]> {
    return once(this.filed, key, () => {
      const near = [...this.near.get(identityKey(draft))!];
      const byCode = new Map<string, IdentityStub[]>();
      for (const s of identityStubs(this.db, draft.kind, programmes, draft.year, near)) {
        let list = byCode.get(s.regionCode!);
        if (!list) byCode.set(s.regionCode!, (list = []));
        list.push(s);
      }
      return byCode;
    });
  }

  /** Reads whole the records not read yet. */
  private readWhole(ids: readonly number[]): void {
    const missing = [...new Set(ids)].filter((id) => !this.whole.has(id));
    for (const r of identityRowsByIds(this.db, missing)) this.whole.set(r.id, r);
  }

  private wholeOf(stubs: readonly IdentityStub[]): IdentityRow[] {
    this.readWhole(stubs.map((s) => s.id));
    return stubs.map((s) => this.whole.get(s.id)!);
  }
}

/**
 * The stubs filed under `codes` that can be `draft`'s record, in id order: its unit, and for
 * a zone or a list's entry its batch too (identity.ts: another batch is another record).
 */
function unitsOf(
  draft: IdentityRow,
  filed: ReadonlyMap<string, readonly IdentityStub[]>,
  codes: readonly string[],
): IdentityStub[] {
  const batched = draft.kind === 'zone' || draft.kind === 'other';
  const out: IdentityStub[] = [];
  for (const c of new Set(codes))
    for (const s of filed.get(c) ?? [])
      if (mayBeSameUnit(draft, s, historical) && (!batched || batchesAgree(draft.batch, s.batch)))
        out.push(s);
  return out.sort((a, b) => a.id - b.id);
}
