/**
 * An evaluation of units' building that ends in their title (经…现场评估，确定…为…示范区; 经过…
 * 考评…等程序，认定…，决定授予…称号) closes the building: 已验收. A mid-term evaluation, a creation
 * list, a selection among applicants, a promise to whoever passes, a plan, a person's honour and
 * an evaluation retold from before state none.
 */
import { describe, expect, it } from 'vitest';
import { evaluatedNamingOutcome } from '../../../src/main/core/import/extract/evaluated-naming';
import { readResolved } from './helpers';

const BUILT = '2024年我委组织专家对第三批建设的国家慢性病综合防控示范区进行评估。';
const LIST = '\n附件\n北京市：朝阳区\n';

/** The outcome for a list set after `lead` in a notice that tells `told` before it. */
function outcomeAfter(lead: string, told = BUILT): ReturnType<typeof evaluatedNamingOutcome> {
  const text = told + lead + LIST;
  return evaluatedNamingOutcome(text, text, text.indexOf('北京市：'));
}

describe('an evaluation that confers the units their title', () => {
  it('reads the decision after an evaluation of their building as a pass', () => {
    expect(
      outcomeAfter(
        '经材料审核和现场评估，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区（名单见附件）。',
      ),
    ).toEqual({ status: '已验收' });
    const conferred =
      '经过专家组材料预审、现场考评和综合评审等程序，认定北京市朝阳区等39个县（市、区）达到考核' +
      '方案要求，决定授予“国家慢性病综合防控示范区”称号（名单见附件）。';
    expect(outcomeAfter(conferred, '2010年，我部启动示范区创建工作。')).toEqual({
      status: '已验收',
    });
  });

  it('reads none from a mid-term evaluation, a creation list or a selection among applicants', () => {
    expect(
      outcomeAfter('经中期评估，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区。'),
    ).toBeNull();
    expect(
      outcomeAfter(
        '经评估，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区创建单位。',
      ),
    ).toBeNull();
    // 评审 chooses among applications; it closes no building.
    expect(
      outcomeAfter(
        '经各地申报、专家评审，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区。',
      ),
    ).toBeNull();
  });

  it('reads none from a promise, a plan, a person honoured or an earlier round retold', () => {
    expect(outcomeAfter('经评估合格的，授予“国家慢性病综合防控示范区”称号。名单如下：')).toBeNull();
    expect(
      outcomeAfter('经现场评估，拟确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区。'),
    ).toBeNull();
    expect(outcomeAfter('经考评，授予下列同志“先进个人”称号：')).toBeNull();
    expect(
      outcomeAfter('此前经国家评估，北京市朝阳区等地已被确定为国家慢性病综合防控示范区。'),
    ).toBeNull();
  });

  it('reads none where the notice tells no building before the evaluation', () => {
    expect(
      outcomeAfter(
        '经现场评估，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区。',
        '各省卫生健康委：',
      ),
    ).toBeNull();
  });

  it('reads none from a review of a period that tells the building only as its work', () => {
    const lead = '经住房城乡建设部等部门检查验收，授予北京市朝阳区为全国节水型社会建设示范区。';
    // A summary of years (a profile page, a year-end review) retells the naming it ended in.
    expect(
      outcomeAfter(lead, '“十三五”期间，全市各区积极开展创建节水型社会工作，成效明显。\n'),
    ).toBeNull();
    expect(outcomeAfter(lead, '近年来，我市扎实推进节水型社会建设工作。\n')).toBeNull();
    // The same period named before an evaluation round of the notice's own: that round decides.
    expect(
      outcomeAfter(
        '经材料审核和现场评估，确定北京市朝阳区等20个县（市、区）为国家慢性病综合防控示范区。',
        '“十四五”期间，各地持续推进示范区建设工作。\n' + BUILT,
      ),
    ).toEqual({ status: '已验收' });
  });

  it('gives each unit of the list that outcome, though the title names the year of the evaluation', () => {
    const { n } = readResolved(
      [
        '关于公布2011年度国家慢性病综合防控示范区考评结果的通知',
        '2010年，我部在全国范围内启动慢性病综合防控示范区创建工作。',
        '经过专家组材料预审、现场考评和综合评审等程序，认定北京市朝阳区等39个县（市、区）慢性病综合' +
          '防控工作取得显著成效，决定授予“国家慢性病综合防控示范区”称号（名单见附件）。',
        '附件',
        '2011年度国家慢性病综合防控示范区名单',
        '北京市：朝阳区',
        '天津市：西青区',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('acceptance');
    const statuses = n.records.map((r) => r.outcome?.status ?? null);
    expect(statuses).toEqual(['已验收', '已验收']);
  });

  it("keeps a year's check of builders without a pass", () => {
    const { n } = readResolved(
      [
        '关于2016年度省级特色小镇创建对象考核结果的通报',
        '根据创建工作安排，经考核，确定以下小镇考核结果为优秀：',
        '杭州市西湖区云栖小镇',
        '杭州市余杭区梦想小镇',
      ].join('\n'),
    );
    expect(n.records.every((r) => r.outcome?.status !== '已验收')).toBe(true);
  });
});
