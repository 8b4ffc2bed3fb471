/**
 * A naming closes the creation the ledger holds (app/records/naming-closes.ts): counties put on a
 * creation list (…示范创建县) and named later (决定命名…为…示范县) are accepted, in either order of
 * import, even where the naming's page tells nothing of the creation; a creation county the naming
 * does not name stays as it was, however the naming's title reads.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { editNotice } from '../../src/main/app/notices/edit-notice';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const CREATION = [
  '交通运输部关于确定第二批城乡交通运输一体化示范创建县的通知',
  '经研究，确定北京市通州区等3个县(区)为第二批城乡交通运输一体化示范创建县。',
  '第二批城乡交通运输一体化示范创建县名单',
  '北京市通州区',
  '天津市蓟州区',
  '河北省邯郸市涉县',
  '交通运输部',
  '2021年10月30日',
].join('\n');
const NAMING = [
  '交通运输部关于命名北京市通州区等2个县(区)城乡交通运输一体化示范县的通知',
  '交通运输部决定命名北京市通州区等2个县(区)为城乡交通运输一体化示范县。',
  '城乡交通运输一体化示范县名单',
  '北京市通州区',
  '天津市蓟州区',
  '交通运输部',
  '2024年2月21日',
].join('\n');
const PROPOSED = NAMING.replace('关于命名', '关于拟命名').replace(
  '交通运输部决定命名北京市通州区等2个县(区)为城乡交通运输一体化示范县。',
  '交通运输部拟命名北京市通州区等2个县(区)为城乡交通运输一体化示范县，现予公示。',
);

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
});
afterEach(() => t.cleanup());

const statuses = () =>
  Object.fromEntries(
    (
      t.ledger.db
        .prepare(
          `SELECT region_code AS code, status FROM records
            WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code`,
        )
        .all() as { code: string; status: string | null }[]
    ).map((r) => [r.code, r.status]),
  );

for (const order of ['creation first', 'naming first'] as const) {
  it(`accepts the named creation counties only (${order})`, async () => {
    const files = [
      { name: 'creation.txt', bytes: bytes(CREATION) },
      { name: 'naming.txt', bytes: bytes(NAMING) },
    ];
    await importFiles(t.ledger, order === 'creation first' ? files : files.reverse());
    expect(statuses()).toEqual({ '110112': '已验收', '120119': '已验收', '130426': null });
    const events = t.ledger.db
      .prepare(
        `SELECT n.file, e.occurred_on AS occurredOn FROM record_events e
                  JOIN notices n ON n.id = e.notice_id`,
      )
      .all() as { file: string; occurredOn: string | null }[];
    expect(events.map((e) => e.file)).toEqual(['naming.txt', 'naming.txt']);
  });
}

it('accepts nobody on a naming only proposed', async () => {
  await importFiles(t.ledger, [
    { name: 'creation.txt', bytes: bytes(CREATION) },
    { name: 'proposed.txt', bytes: bytes(PROPOSED) },
  ]);
  expect(Object.values(statuses())).toEqual([null, null, null]);
});

it('accepts nobody on a naming with no creation list in the ledger', async () => {
  await importFiles(t.ledger, [{ name: 'naming.txt', bytes: bytes(NAMING) }]);
  expect(Object.values(statuses()).every((s) => s === null || s === '已验收')).toBe(true);
  const events = t.ledger.db.prepare('SELECT COUNT(*) AS n FROM record_events').get() as {
    n: number;
  };
  // what the naming's own page gives, not this rule's: its records hold no creation mention
  expect(events.n).toBe(Object.values(statuses()).filter((s) => s === '已验收').length);
});

it('keeps the closing when the naming notice is re-weighed to a role giving no outcome', async () => {
  await importFiles(t.ledger, [
    { name: 'creation.txt', bytes: bytes(CREATION) },
    { name: 'naming.txt', bytes: bytes(NAMING) },
  ]);
  const { id } = t.ledger.db.prepare(`SELECT id FROM notices WHERE file = 'naming.txt'`).get() as {
    id: number;
  };
  editNotice(t.ledger, { id, role: 'news' });
  // the naming still names the creation counties: a story's role takes nothing from that
  expect(statuses()).toEqual({ '110112': '已验收', '120119': '已验收', '130426': null });
});

/** A third notice on the same creation counties: a mid-term evaluation of the creation list. */
const MIDTERM = [
  '交通运输部办公厅关于第二批城乡交通运输一体化示范创建县中期评估结果的通知',
  '现将第二批城乡交通运输一体化示范创建县中期评估结果通报如下。',
  '第二批城乡交通运输一体化示范创建县中期评估结果',
  '北京市通州区',
  '天津市蓟州区',
  '河北省邯郸市涉县',
  '交通运输部办公厅',
  '2023年3月1日',
].join('\n');

const orders = (names: string[]): string[][] =>
  names.length <= 1
    ? [names]
    : names.flatMap((x, i) =>
        orders([...names.slice(0, i), ...names.slice(i + 1)]).map((o) => [x, ...o]),
      );

// a record of three notices' mentions, the creation list first, between or last, each notice
// imported by itself: the naming closes it whichever notice made the record
for (const order of orders(['creation', 'naming', 'midterm'])) {
  it(`accepts the named creation counties of three notices (${order.join(' → ')})`, async () => {
    const text: Record<string, string> = { creation: CREATION, naming: NAMING, midterm: MIDTERM };
    for (const name of order)
      await importFiles(t.ledger, [{ name: `${name}.txt`, bytes: bytes(text[name]!) }]);
    expect(statuses()).toEqual({ '110112': '已验收', '120119': '已验收', '130426': null });
    const mentioned = t.ledger.db
      .prepare(
        `SELECT count(DISTINCT m.notice_id) FROM mentions m JOIN records r ON r.id = m.record_id
          WHERE r.region_code = '110112' AND r.merged_into IS NULL`,
      )
      .pluck()
      .get();
    expect(mentioned).toBe(3);
    const events = t.ledger.db
      .prepare(
        `SELECT n.file FROM record_events e JOIN notices n ON n.id = e.notice_id ORDER BY e.id`,
      )
      .pluck()
      .all();
    expect(events).toEqual(['naming.txt', 'naming.txt']);
  });
}
