/**
 * Units that applied for acceptance or recognition and "all passed", the verb closing the
 * clause ("我省A、B等3家申请认定的…园全部通过"): each passed (已验收). A pass with no application
 * named before it (材料全部通过, a review that keeps titles) states no acceptance.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

describe('applied units that all passed', () => {
  it('passed acceptance', () => {
    expect(outcomeIn('家申请认定的示范园区全部通过')).toEqual({ status: '已验收' });
    expect(outcomeIn('个申请验收的试点县均顺利通过,成绩喜人')).toEqual({ status: '已验收' });
  });

  it('is no acceptance without the application, or with another object after the verb', () => {
    expect(outcomeIn('家单位申报材料全部通过')).toBeNull();
    expect(outcomeIn('个申请认定的园区全部通过形式审查')).toBeNull();
  });

  it('gives each unit of the run its pass', () => {
    const { n, codes } = readResolved(
      [
        '我省再添3家国家级示范园区',
        '本报讯（记者 李四）有关部门近日公布了第二批通过认定的国家级示范园区名单，我省仪征市、高邮市、扬州市江都区3家申请认定的示范园区全部通过。',
      ].join('\n'),
    );
    expect(codes).toEqual(['321081', '321084', '321012']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收', '已验收']);
  });
});
