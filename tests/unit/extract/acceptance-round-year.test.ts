/**
 * An acceptance writing the programme with its own year of issue ("2023年全国…实验区结项验收",
 * issued in 2023) names the check's round, not the batch: the zones it names get no year of their
 * own (a unit no earlier notice named keeps none; one named in 2019 keeps 2019 when joined), the
 * year kept only to rank a unit's batches. Control: an earlier year written there (2019年…, the
 * batch's) stays the zones' year, and a confirmation's year is its batch's.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const acceptance = (programme: string) =>
  readResolved(
    `民政部关于${programme}结项验收情况的通报\n各省、自治区、直辖市民政厅（局）：\n经评估验收，北京市延庆区、天津市宝坻区通过结项验收。\n民政部\n2023年6月1日\n`,
  ).n.records.map((r) => [r.year, r.noticeYear ?? null]);

describe('the year an acceptance writes with its programme', () => {
  it('in its own year of issue, is the round: no year of the zones', () => {
    expect(acceptance('2023年全国农村社区治理实验区')).toEqual([
      [null, 2023],
      [null, 2023],
    ]);
  });

  it('earlier, is the batch: kept', () => {
    expect(acceptance('2019年全国农村社区治理实验区').map((r) => r[0])).toEqual([2019, 2019]);
  });

  it('in a confirmation, is the batch', () => {
    const { n } = readResolved(
      '民政部关于确认2023年全国农村社区治理实验区的通知\n各省、自治区、直辖市民政厅（局）：\n确认北京市延庆区、天津市宝坻区为2023年全国农村社区治理实验区。\n民政部\n2023年6月1日\n',
    );
    expect(n.records.map((r) => r.year)).toEqual([2023, 2023]);
  });
});
