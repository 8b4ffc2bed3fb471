/**
 * An evaluation's result told by the first units of each grade ("A、B等10个园区评估结果为
 * “优秀”；C、D等32个…为“达标”"): the units are written with their province's short name before
 * a short place, the grade in quotes names no programme (the list is the notice's own kind),
 * and an evaluation of units accepted already gives them neither pass nor failure.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NOTICE = (lead: string, grades: string) =>
  [
    '某部办公厅关于公布2021年国家农业科技园区综合评估结果的通知',
    `${lead}现将综合评估结果予以公布。`,
    grades,
  ].join('\n');

const ACCEPTED_LEAD = '某部对已经验收挂牌的第5批共40个园区进行了综合评估。';
const GRADES =
  '山西晋中榆次、湖南岳阳等9个园区评估结果为“优秀”；广东韶关、甘肃天水等28个园区评估结果为“达标”；云南曲靖、陕西宝鸡等3个园区评估结果为“不达标”。';

describe("an evaluation's grades named by their first units", () => {
  it('reads a province written short before a short place, up to the count', () => {
    const { codes } = readResolved(NOTICE(ACCEPTED_LEAD, GRADES));
    expect(codes).toEqual(['140702', '430600', '440200', '620500', '530300', '610300']);
  });

  it('keeps the notice’s kind when the grade is quoted', () => {
    const { n } = readResolved(NOTICE(ACCEPTED_LEAD, GRADES));
    expect(n.records.map((r) => r.kind)).toEqual(Array(6).fill('zone'));
  });

  it('gives units accepted already no pass or failure from the grades', () => {
    const { n } = readResolved(NOTICE(ACCEPTED_LEAD, GRADES));
    expect(n.records.map((r) => r.outcome ?? null)).toEqual(Array(6).fill(null));
  });

  it('still fails the units of an acceptance that did not pass', () => {
    const { n } = readResolved(
      NOTICE('某部对第5批40个园区进行了验收。', '云南曲靖、陕西宝鸡等3个园区验收结果为不达标。'),
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['未通过', '未通过']);
  });
});
