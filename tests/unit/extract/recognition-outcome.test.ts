/**
 * Units recognised after their creation (认定…为第二批…示范园, the notice telling of the
 * creation behind it) have passed: 已验收. A call on how recognition is done, a plan, a creation
 * list and a first naming with no creation told state none.
 */
import { describe, expect, it } from 'vitest';
import { recognitionOutcome } from '../../../src/main/core/import/extract/recognition-outcome';
import { readResolved } from './helpers';

const CREATION = '各地要组织示范园认真总结创建过程中探索出的经验做法。';
const RECOGNISED =
  '在省级推荐、第三方评审的基础上，认定北京市密云区巨各庄镇蔡家洼村农村产业融合发展示范园等' +
  '100个单位为第二批国家农村产业融合发展示范园。';

describe('a recognition after a creation period', () => {
  it('reads a decided recognition in a notice that tells of the creation as a pass', () => {
    expect(recognitionOutcome(RECOGNISED, RECOGNISED + CREATION)).toEqual({ status: '已验收' });
    const first =
      '经研究，同意将某村农村产业融合发展示范园等100个单位认定为首批国家农村产业融合发展示范园。';
    expect(recognitionOutcome(first, first + CREATION)).toEqual({ status: '已验收' });
  });

  it('reads none from a call, a plan, a creation list or a first naming', () => {
    const call = '经认定后授予某县国家农村产业融合发展示范园称号。';
    expect(recognitionOutcome(call, call + CREATION)).toBeNull();
    const after = '示范园认定后为国家农村产业融合发展示范园，按程序授牌。';
    expect(recognitionOutcome(after, after + CREATION)).toBeNull();
    const plan = '我委将把某县等10个单位认定为第三批国家农村产业融合发展示范园。';
    expect(recognitionOutcome(plan, plan + CREATION)).toBeNull();
    const proposed = '拟认定某县等10个单位为第三批国家农村产业融合发展示范园。';
    expect(recognitionOutcome(proposed, proposed + CREATION)).toBeNull();
    const creating = '认定某县等148个单位为首批国家农村产业融合发展示范园创建单位。';
    expect(recognitionOutcome(creating, creating + CREATION)).toBeNull();
    // No creation told: a first naming gives its units their title, no acceptance.
    expect(recognitionOutcome(RECOGNISED, RECOGNISED)).toBeNull();
  });

  it("reads none from a selection among this round's applications after creation work in general", () => {
    const work = '2017年，我部开展了全国休闲农业和乡村旅游示范县（市、区）创建工作。';
    const applied =
      '经各地申报、省级农业主管部门审核、专家评审和网上公示，决定认定河北省邢台县等60个县' +
      '（市、区）为全国休闲农业和乡村旅游示范县（市、区），现予以公布。';
    expect(recognitionOutcome(applied, work + applied)).toBeNull();
    // Controls: creation work with no application told, and an application after a creation
    // the units lived through, still close a creation.
    const work2 = '各地要继续做好示范园创建工作。';
    expect(recognitionOutcome(RECOGNISED, RECOGNISED + work2)).toEqual({ status: '已验收' });
    const lived = applied.replace('示范县（市、区），现予以公布', '示范区，现予以公布');
    expect(recognitionOutcome(lived, lived + CREATION)).toEqual({ status: '已验收' });
  });

  it('gives each unit under the recognised list that outcome', () => {
    const { n } = readResolved(
      [
        '我省4地上榜第二批国家农村产业融合发展示范园',
        '根据有关规定，在省级推荐、第三方评审的基础上，认定北京市密云区巨各庄镇蔡家洼村农村' +
          '产业融合发展示范园等100个单位为第二批国家农村产业融合发展示范园，我省4地上榜。',
        '第二批国家农村产业融合发展示范园名单',
        '修文县国家农村产业融合发展示范园',
        '绥阳县国家农村产业融合发展示范园',
        '龙里县国家农村产业融合发展示范园',
        '江口县国家农村产业融合发展示范园',
        '各地要组织示范园认真总结创建过程中探索出的经验做法，加快复制推广。',
      ].join('\n'),
    );
    const statuses = n.records.map((r) => r.outcome?.status ?? null);
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    expect(statuses.every((s) => s === '已验收')).toBe(true);
  });

  it('gives none when the notice tells of no creation', () => {
    const { n } = readResolved(
      [
        '我省4地上榜首批国家农村产业融合发展示范园',
        '根据有关规定，认定北京市密云区巨各庄镇蔡家洼村农村产业融合发展示范园等100个单位为' +
          '首批国家农村产业融合发展示范园，我省4地上榜。',
        '首批国家农村产业融合发展示范园名单',
        '修文县国家农村产业融合发展示范园',
        '绥阳县国家农村产业融合发展示范园',
        '龙里县国家农村产业融合发展示范园',
        '江口县国家农村产业融合发展示范园',
      ].join('\n'),
    );
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });
});

describe('a list named in a clause of its own', () => {
  const creation = '2022年4月，部署开展示范县（市、区）和示范机构创建工作。';
  const naming =
    '近日，国家卫健委命名山东省为全国医养结合示范省，命名北京市海淀区等100个县（市、区）为全国医养结合示范县（市、区）。';

  it('takes no pass from the next clause naming other units', () => {
    const at = naming.indexOf('山东省');
    expect(recognitionOutcome(naming, naming + creation, at)).toBeNull();
  });

  it('keeps the pass its own naming gives', () => {
    const at = naming.indexOf('北京市海淀区');
    expect(recognitionOutcome(naming, naming + creation, at)).toEqual({ status: '已验收' });
    // Without its place, as before: the sentence's recognition speaks for the list.
    expect(recognitionOutcome(naming, naming + creation)).toEqual({ status: '已验收' });
  });
});

describe('a list named in a clause of its own, after the list’s publication', () => {
  const round = '经过两年多的创建，各地创建成效明显。';
  const text =
    round +
    '现公布第二批国家农业科技示范基地名单，决定命名北京市通州区等20个单位为国家农业科技示范基地。';

  it('keeps the pass the publication before it gives', () => {
    const at = text.indexOf('北京市通州区');
    expect(recognitionOutcome(text, text, at)).toEqual({ status: '已验收' });
  });

  it('still takes none from a later clause naming other units', () => {
    const two = round + '决定命名山东省为全国农业科技示范省，命名北京市通州区等20个县为示范县。';
    expect(recognitionOutcome(two, two, two.indexOf('山东省'))).toBeNull();
  });
});
