/**
 * The review the organs will hold then (届时) or arrange apart (另行) after the units' final
 * report sets no acceptance duty of the units, as one held when they see fit (适时) does not;
 * a sentence calling duties off (…等事项不再进行) states none. An acceptance the units must
 * undergo by a date is still a duty.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const kindsOf = (body: string) =>
  extractNotice(
    txtDoc(
      [
        '云岭省民政厅关于邻里互助创新实验区有关事项的通知',
        '各州（市）民政局：',
        body,
        '云岭省民政厅',
        '2020年3月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions },
  ).rules.map((r) => r.kind);

describe('a review the organs hold, and duties called off', () => {
  it('a review held then or apart is no duty of the units; their report is', () => {
    expect(kindsOf('实验期满前，应报送实验工作终期报告，省民政厅届时组织结项验收。')).toEqual([
      'final_report',
    ]);
    expect(kindsOf('请于2021年12月底前提交实验工作终期报告，省民政厅将另行组织结项验收。')).toEqual(
      ['final_report'],
    );
  });

  it('duties called off are owed no more', () => {
    expect(
      kindsOf(
        '经研究，同意终止某县实验工作，撤销其资格，此前确定的年度总结、终期报告和结项验收等事项不再进行。',
      ),
    ).toEqual([]);
  });

  it('an acceptance the units undergo by a date stays a duty', () => {
    expect(kindsOf('各实验区应于2021年12月底前接受省民政厅组织的结项验收。')).toContain(
      'acceptance',
    );
  });
});
