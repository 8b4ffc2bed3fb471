import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../src/main/core/records/refusal-message';

const year = '年度「二〇二〇」不对：应为 1949–2100 之间的年份';

describe('refusalMessage: one refusal said once, with the records it hit', () => {
  it('groups a bulk edit’s one bad value over many records, naming a few and counting them', () => {
    const refusals = ['《甲》', '《乙》', '《丙》', '《丁》', '《戊》'].map((record) => ({
      record,
      field: '年度',
      reason: year,
    }));
    expect(refusalMessage(refusals)).toBe(`没有保存：${year}（《甲》《乙》《丙》 等 5 条记录）`);
  });
  it('keeps different reasons apart and does not name the field twice', () => {
    expect(
      refusalMessage([
        { record: '《甲》', field: '年度', reason: year },
        { record: '《甲》', field: '序号', reason: '序号「三」不对：应为非负整数' },
        { record: '《乙》', field: '单位', reason: '太长' },
      ]),
    ).toBe(
      `没有保存：${year}（《甲》）；序号「三」不对：应为非负整数（《甲》）；单位：太长（《乙》）`,
    );
  });
});
