/**
 * The organs' own schedule for an act only they perform ("首次公示命名将于2022年5月底前完成") sets no
 * deadline: nobody the notice speaks to owes anything by that date. A sentence that also asks
 * the applicants for something by the date keeps its deadline.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const kindsOf = (body: string) =>
  extractNotice(
    txtDoc(
      [
        '云岭省民政厅关于开展邻里互助示范县创建工作的通知',
        '各州（市）民政局：',
        body,
        '云岭省民政厅',
        '2021年11月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  ).rules.map((r) => r.kind);

describe("the organs' own schedule", () => {
  it('a naming the organs will complete by a date is no deadline', () => {
    expect(
      kindsOf('创建按自愿申报、省级评价、公示命名等程序进行。首次公示命名将于2022年5月底前完成。'),
    ).toEqual([]);
    expect(kindsOf('第二批示范县的认定工作将于2023年6月底前完成。')).toEqual([]);
  });

  it('what the applicants must hand in by a date stays a deadline', () => {
    expect(kindsOf('各地于2022年3月底前完成申报材料报送，省厅汇总后推荐。')).toEqual(['deadline']);
    expect(kindsOf('请于2022年3月底前报送申报材料，公示命名将于2022年5月底前完成。')).toEqual([
      'deadline',
      'deadline',
    ]);
  });
});
