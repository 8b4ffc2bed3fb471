/**
 * A mid-term assessment naming zones is their mid-term check, whatever grade it gives: the
 * midterm duty it plans is done for the zones it names, still owed by the one it leaves out.
 */
import { afterAll, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

const FILES = [
  textFile('confirmation.txt', [
    '青海省民政厅关于确认全省城乡社区治理创新实验区的批复',
    '各市（州）民政局：',
    '经研究，同意将西宁市城东区、海东市乐都区、海西蒙古族藏族自治州格尔木市确认为全省城乡社区治理创新实验区，实验为期两年。',
    '青海省民政厅',
    '2020年3月3日',
  ]),
  textFile('midterm.txt', [
    '青海省民政厅关于全省城乡社区治理创新实验区中期评估情况的通报',
    '各市（州）民政局：',
    '2021年4月，省民政厅组织专家对全省城乡社区治理创新实验区进行了中期评估。现将评估情况通报如下：',
    '一、中期评估结果为良好的实验区（1个）：城东区。',
    '二、中期评估结果为较差的实验区（1个）：乐都区。',
    '青海省民政厅',
    '2021年6月1日',
  ]),
];

const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
afterAll(() => made.forEach((t) => t.cleanup()));

for (const order of ['in order', 'later first'] as const) {
  it(`closes the midterm of the zones the report names (${order})`, async () => {
    const t = await tempLedger();
    made.push(t);
    for (const f of order === 'in order' ? FILES : [...FILES].reverse())
      expect((await importFiles(t.ledger, [f])).failures).toEqual([]);
    const rows = t.ledger.db
      .prepare(
        `SELECT r.region_code AS code, m.status FROM milestones m JOIN records r ON r.id = m.record_id
          WHERE m.kind = 'midterm' ORDER BY r.region_code`,
      )
      .all();
    expect(rows).toEqual([
      { code: '630102', status: 'done' },
      { code: '630202', status: 'done' },
      { code: '632801', status: 'pending' },
    ]);
  });
}
