/**
 * A naming that closes a creation ("…组织开展了延续创建的第一批…示范创建县验收工作…命名A、B…示范县
 * 称号", "决定命名…等53个县为…示范县，某县入选" in an item on the county that created toward it,
 * 以创建…为契机): the named units passed (已验收). Control: a naming with no creation told is an
 * honour, no outcome.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const statuses = (text: string) => readResolved(text).n.records.map((r) => r.outcome?.status);

describe('a naming after the units’ creation', () => {
  it('gives the named units their acceptance', () => {
    expect(
      statuses(
        '交通运输部命名江西省贵溪市等2个县城乡交通运输一体化示范县\n' +
          '交通运输部组织开展了延续创建的第一批城乡交通运输一体化示范创建县验收工作。经县级申请、交通运输部验收、社会公示等程序,命名江西省贵溪市、河南省禹州市,共2个县(市)城乡交通运输一体化示范县称号。\n',
      ),
    ).toEqual(['已验收', '已验收']);
    expect(
      statuses(
        '隆德县入选城乡交通运输一体化示范县\n近日,交通运输部官网发布《关于命名北京市通州区等53个县(市、区)城乡交通运输一体化示范县的通知》,决定命名北京市通州区等53个县(市、区)为城乡交通运输一体化示范县,宁夏回族自治区隆德县入选。\n' +
          '近年来,隆德县以创建全国“城乡交通运输一体化示范县”为契机,推进干线公路升级改造,提升了交通运输的发展硬实力。\n',
      ),
    ).toEqual(['已验收', '已验收']);
  });

  it('control: a naming with no creation told states no outcome', () => {
    expect(
      statuses(
        '隆德县入选城乡交通运输一体化示范县\n近日,交通运输部官网发布《关于命名北京市通州区等53个县(市、区)城乡交通运输一体化示范县的通知》,决定命名北京市通州区等53个县(市、区)为城乡交通运输一体化示范县,宁夏回族自治区隆德县入选。\n' +
          '近年来,隆德县推进干线公路升级改造,提升了交通运输的发展硬实力。\n',
      ),
    ).toEqual([undefined, undefined]);
  });
});
