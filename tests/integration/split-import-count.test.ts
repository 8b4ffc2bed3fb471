/**
 * A source split off its record (拆出为新记录) or moved (改关联到…) is still one its import
 * joined to a record held before it: 操作记录 and the home page's recent imports say of that
 * import what they said before the split (no record "created" by it, the same 关联已有), and
 * the split's undo leaves them so too. Control: the confirmation that created records keeps
 * counting them as its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { splitMention } from '../../src/main/app/records/split-mention';
import { listHistory, undo } from '../../src/main/app/history/history';
import { homeSummary } from '../../src/main/db/queries/home-summary';
import { WITH_JOINS } from '../../src/main/db/queries/operations';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';
import type { Ledger } from '../../src/main/db/ledger';

const CONFIRMATION = textFile('confirm-2016.txt', [
  '民政部关于同意将北京市东城区等单位确认为全国社区治理和服务创新实验区的批复',
  '民函〔2016〕88号',
  '北京市、江苏省民政厅（局）：',
  '经地方申报、专家论证，经研究，同意将北京市东城区，江苏省南京市鼓楼区，江苏省南京市秦淮区等单位确认为全国社区治理和服务创新实验区，实验时间为期三年。',
  '民政部',
  '2016年5月10日',
]);

const ACCEPTED = textFile('accept-2019.txt', [
  '民政部办公厅关于全国社区治理和服务创新实验区结项验收结果的通知',
  '各有关省、直辖市民政厅（局）：',
  '民政部组织开展了实验区结项验收工作。现将验收结果通知如下：',
  '序号\t实验区\t实验主题\t验收结果',
  '1\t北京市东城区\t街区制治理创新\t优秀',
  '2\t江苏省南京市鼓楼区\t社区减负增效\t合格',
  '民政部办公厅',
  '2019年12月20日',
]);

let done: (() => void) | undefined;
afterEach(() => done?.());

async function ledgerWithJoins(): Promise<Ledger> {
  const t = await tempLedger();
  done = t.cleanup;
  for (const f of [CONFIRMATION, ACCEPTED])
    expect((await importFiles(t.ledger, [f])).failures).toEqual([]);
  return t.ledger;
}

/** What 操作记录 and the home page say of each import, oldest first. */
function told(ledger: Ledger) {
  const history = listHistory(ledger, { limit: 50 })
    .filter((o) => o.kind === 'import')
    .map((o) => ({ records: o.records, joined: o.joined ?? 0 }))
    .reverse();
  const home = homeSummary(ledger.db)
    .recentImports.map((i) => /（[^（）]*）$/.exec(i.summary)?.[0])
    .reverse();
  return { history, home };
}

const mentionOf = (db: Ledger['db'], place: string) =>
  (
    db
      .prepare(
        `SELECT m.id FROM mentions m JOIN notices n ON n.id = m.notice_id
           JOIN records r ON r.id = m.record_id
          WHERE n.file = 'accept-2019.txt' AND r.region_text LIKE ?`,
      )
      .get(`%${place}`) as { id: number }
  ).id;

const recordOf = (db: Ledger['db'], place: string) =>
  (db.prepare('SELECT id FROM records WHERE region_text LIKE ?').get(`%${place}`) as { id: number })
    .id;

describe('an import’s 关联已有 count after one of its sources is split off', () => {
  it('拆出为新记录 leaves the import joined, not creating, the record it named', async () => {
    const ledger = await ledgerWithJoins();
    const before = told(ledger);
    // The control: the confirmation created three; the acceptance joined two.
    expect(before.history).toEqual([
      { records: 3, joined: 0 },
      { records: 0, joined: 2 },
    ]);
    expect(before.home).toEqual(['（3 条记录）', '（关联已有 2 条记录）']);
    splitMention(ledger, { mentionId: mentionOf(ledger.db, '东城区') });
    expect(told(ledger)).toEqual(before);
    await undo(ledger);
    expect(told(ledger)).toEqual(before);
  });

  it('改关联到… leaves it so too', async () => {
    const ledger = await ledgerWithJoins();
    const before = told(ledger);
    splitMention(ledger, {
      mentionId: mentionOf(ledger.db, '鼓楼区'),
      into: recordOf(ledger.db, '秦淮区'),
    });
    expect(told(ledger)).toEqual(before);
  });
});

describe('the joined counts read the splits from their operations', () => {
  it('never scan the whole change log (the home page and 操作记录 read them each time)', async () => {
    const ledger = await ledgerWithJoins();
    splitMention(ledger, { mentionId: mentionOf(ledger.db, '东城区') });
    const plan = ledger.db
      .prepare(`EXPLAIN QUERY PLAN SELECT ${WITH_JOINS} FROM operations o ORDER BY o.id DESC`)
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail);
    // The log is read by operation (its op_id index), the splits' changes among them.
    expect(details.filter((d) => /^SCAN (c|operation_changes)\b/.test(d))).toEqual([]);
    expect(details.some((d) => /^SEARCH c USING INDEX operation_changes_op/.test(d))).toBe(true);
  });
});
