/**
 * An acceptance that names its passed units by tier (认定…为“…示范实验项目”, …为“…优秀实验项目”)
 * and lists each tier under its title: the units of a tier's list have passed, the tier their
 * grade. Controls: a naming that follows an acceptance still to come (验收合格后授牌), a plan
 * (将于…验收) and a list put forward (拟…) state no outcome.
 */
import { describe, expect, it } from 'vitest';
import { tierOutcome } from '../../../src/main/core/import/extract/acceptance-tiers';
import { readResolved } from './helpers';

const DECIDED =
  '对2006年和2007年社区教育实验项目开展了验收工作。经研究，我委认定“社区教育特色课程开发与研究”等11个项目为“某市社区教育示范实验项目”，认定“社区教育对特色文化资源的开发与利用”等23个项目为“某市社区教育优秀实验项目”。';

describe('tiers of an acceptance', () => {
  it('each tier list gives its units 已验收 with the tier as grade', () => {
    expect(tierOutcome('某市社区教育示范实验项目名单', DECIDED)).toEqual({
      status: '已验收',
      grade: '示范',
    });
    expect(tierOutcome('某市社区教育优秀实验项目名单', DECIDED)).toEqual({
      status: '已验收',
      grade: '优秀',
    });
  });

  it('the tier is the word the titles differ by, not one they share', () => {
    const text =
      '对第一批示范社区进行了验收评估。认定甲社区等5个社区为“优秀示范社区”，认定乙社区等8个社区为“合格示范社区”。';
    expect(tierOutcome('合格示范社区名单', text)).toEqual({ status: '已验收', grade: '合格' });
  });

  it('read through a notice: the list under the tier’s heading', () => {
    const { n } = readResolved(
      [
        '上海市教育委员会关于公布本市社区教育实验项目验收评估结果的通知',
        DECIDED.replace(/某市/g, '上海市'),
        '附件1：',
        '上海市社区教育示范实验项目名单',
        '所在区县\t承担单位\t项目名称',
        '静安区\t静安区社区学院\t社区教育特色课程开发研究',
        '普陀区\t普陀区社区学院\t街道（镇）社区教育发展性评估指标体系的研究与实践',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome)).toEqual([
      { status: '已验收', grade: '示范' },
      { status: '已验收', grade: '示范' },
    ]);
  });

  it('control: a naming after an acceptance still to come, or a plan, passes no one', () => {
    const after = '认定甲村等10个村为“某省乡村治理示范村”，验收合格后授牌。';
    expect(tierOutcome('某省乡村治理示范村名单', after)).toBeNull();
    const plan = '将于2025年对各项目进行验收。认定甲项目等5个项目为“某市社区教育示范实验项目”。';
    expect(tierOutcome('某市社区教育示范实验项目名单', plan)).toBeNull();
  });

  it('control: a list put forward, or one whose title no decision gives, states none', () => {
    expect(tierOutcome('某市社区教育示范实验项目拟认定名单', DECIDED)).toBeNull();
    expect(tierOutcome('某市社区教育实验项目名单', DECIDED)).toBeNull();
  });
});
