/**
 * A row the parser missed, added by hand in the import preview: validated at the door,
 * stored with the notice in the one import operation (its region resolved as any item's,
 * the notice's programme, year and batch where left blank), its source honestly the
 * reviewer — no sentence of the notice — and gone and back with that operation's undo/redo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';
import { HEBEI_ZONES } from '../support/sample-notice';

const file = {
  name: '第二批实验区.txt',
  dataBase64: Buffer.from(HEBEI_ZONES).toString('base64'),
};
const ADDED = {
  kind: 'zone' as const,
  title: '探索网格议事制度',
  unit: '丛台区民政局',
  regionText: '邯郸市丛台区',
};

describe('rows added by hand in the import preview', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  async function ledger() {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const titles = () =>
      (
        t.db
          .prepare(
            'SELECT title FROM records WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY id',
          )
          .all() as { title: string }[]
      ).map((r) => r.title);
    return { ...t, titles };
  }

  it('commits the row with the notice; one undo removes it with the import, redo brings it back', async () => {
    const { db, call, titles } = await ledger();
    const r = await call('import/files', { files: [{ ...file, added: [ADDED] }] });
    expect(r.files[0]!.recordIds).toHaveLength(4);
    const row = db
      .prepare(
        `SELECT id, region_code AS code, unit, programme, batch, year FROM records WHERE title = ?`,
      )
      .get(ADDED.title) as { id: number; code: string; unit: string; batch: string };
    expect(row.code).toBe('130403'); // 邯郸市丛台区, resolved like any extracted item
    expect(row.unit).toBe(ADDED.unit);
    // Left blank in the row: the notice's own batch and programme, as its other items have.
    const listed = db
      .prepare(`SELECT programme, batch, year FROM records WHERE title LIKE '%红色物业%'`)
      .get() as { programme: string; batch: string; year: number };
    expect(row).toMatchObject({
      programme: listed.programme,
      batch: listed.batch,
      year: listed.year,
    });
    expect(row.batch).toBe('第二批');
    // One import operation holds the notice's items and the added row.
    expect(db.prepare(`SELECT count(*) AS n FROM operations`).get()).toEqual({ n: 1 });

    // Its provenance is the reviewer in this notice's preview, not a sentence of it.
    const panel = await call('records/panel', { id: row.id });
    expect(panel.mentions).toHaveLength(1);
    expect(panel.mentions[0]).toMatchObject({
      addedByHand: true,
      text: '',
      before: '',
      after: '',
    });
    const listedPanel = await call('records/panel', {
      id: (
        db.prepare(`SELECT id FROM records WHERE title LIKE '%红色物业%'`).get() as { id: number }
      ).id,
    });
    expect(listedPanel.mentions[0]).toMatchObject({ addedByHand: false });
    expect(listedPanel.mentions[0]!.text).toContain('石家庄市长安区');
    // The notice's text highlights only what it says.
    const detail = await call('notices/detail', { id: r.files[0]!.noticeId! });
    expect(detail.spans.map((s) => s.title)).not.toContain(ADDED.title);

    expect(titles()).toContain(ADDED.title);
    await call('history/undo', {});
    expect(titles()).toEqual([]);
    await call('history/redo', {});
    expect(titles()).toContain(ADDED.title);
    expect(titles()).toHaveLength(4);
  });

  it('a dry run shows the row and stores nothing', async () => {
    const { call, titles } = await ledger();
    const r = await call('import/files', { files: [{ ...file, added: [ADDED] }], dryRun: true });
    expect(r.records.map((x) => x.title)).toContain(ADDED.title);
    expect(titles()).toEqual([]);
  });

  it("resolves a row's region as the preview does: with the notice's province and date", async () => {
    const { db, call } = await ledger();
    // 长安区 is in 石家庄 and in 西安: only the notice's province (河北省) tells which.
    const alone = await call('regions/resolve', { texts: ['长安区'] });
    expect(alone[0]!.code).toBeNull();
    const dry = await call('import/files', { files: [file], dryRun: true });
    const query = dry.files[0]!.addedRowRegion!;
    expect(query).toEqual({ asOf: '2021-06-30', context: '河北省' });
    const shown = await call('regions/resolve', {
      texts: ['长安区'],
      asOf: query.asOf!,
      context: query.context!,
    });
    expect(shown[0]!.code).toBe('130102');

    const committed = await call('import/files', {
      files: [{ ...file, added: [{ ...ADDED, title: '长安区议事厅', regionText: '长安区' }] }],
    });
    expect(committed.files[0]!.addedRowRegion).toEqual(query);
    const stored = db
      .prepare(`SELECT region_code AS code FROM records WHERE title = '长安区议事厅'`)
      .get() as { code: string };
    expect(stored.code).toBe(shown[0]!.code);
  });

  it('commits a zone added with its place and no 名称, as the notice lists most zones', async () => {
    const { db, call } = await ledger();
    await call('import/files', { files: [{ ...file, added: [{ ...ADDED, title: ' ' }] }] });
    const row = db
      .prepare(`SELECT title FROM records WHERE region_text = ? AND kind = 'zone'`)
      .get(ADDED.regionText) as { title: unknown };
    expect(row.title).toBeNull();
  });

  it('refuses a case without 名称, a row naming nothing, or a year that is not one, at the door', async () => {
    const { attempt, titles } = await ledger();
    for (const bad of [
      { ...ADDED, kind: 'case', title: '  ' },
      { ...ADDED, title: '  ', regionText: ' ' },
      { ...ADDED, year: 20 },
      { ...ADDED, kind: 'person' },
      { ...ADDED, note: 'x' },
    ]) {
      const r = await attempt('import/files', {
        files: [{ ...file, added: [bad as typeof ADDED] }],
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('bad_input');
    }
    expect(titles()).toEqual([]);
  });
});
