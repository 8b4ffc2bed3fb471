/**
 * A naming list published (…示范县名单公布，A、B入选) on a page that names the programme's creation
 * list (…示范创建县名单) is the close of those units' creation: 已验收. Look-alikes: the same list
 * with no creation told (a first naming, or creation work in general), and the units the page puts
 * on the creation list itself, which are creating still. Composed sentences, real place names.
 */
import { describe, expect, it } from 'vitest';
import { recognitionOutcome } from '../../../src/main/core/import/extract/recognition-outcome';
import { readResolved } from './helpers';

const NAMED =
  '全国第二批53个县(市、区)城乡交通运输一体化示范县名单公布,湖北赤壁市、红安县、老河口市入选,至此湖北入选国家级示范县达5个';
const CREATING = '另有宜都市等5个县(市)入选第三批城乡交通运输一体化示范创建县名单。';
const outcomes = (text: string) =>
  readResolved(text).n.records.map((r) => r.outcome?.status ?? null);

describe('a naming list after a creation list', () => {
  it('accepts the named units where the page names the creation list', () => {
    const text = `${NAMED};${CREATING}`;
    expect(recognitionOutcome(text, text, text.indexOf('湖北赤壁市'))).toEqual({
      status: '已验收',
    });
    expect(outcomes(`湖北3地新入选\n${text}\n`)).toEqual(['已验收', '已验收', '已验收', null]);
  });

  it('leaves the units put on the creation list creating', () => {
    const text = `${NAMED};${CREATING}`;
    expect(recognitionOutcome(text, text, text.indexOf('宜都市'))).toBeNull();
    // A headline's list published over a body putting units to create a batch.
    const put =
      '第三批国家农村产业融合发展示范园名单公布。同意天津市滨海新区小王庄镇农村产业融合发展示范园等116个单位创建第三批国家农村产业融合发展示范园。现将示范园创建名单予以公布。';
    expect(recognitionOutcome(put, put, put.indexOf('天津市'))).toBeNull();
  });

  it('accepts nobody with no creation told, or creation work only', () => {
    expect(outcomes(`湖北3地新入选\n${NAMED}。\n`)).toEqual([null, null, null]);
    const work = `${NAMED}。近年来，全省大力推进城乡交通运输一体化示范创建工作。`;
    expect(recognitionOutcome(work, work, work.indexOf('湖北赤壁市'))).toBeNull();
    const honour =
      '全国综合减灾示范社区名单公布,武汉市江岸区百步亭社区入选。各地持续开展综合减灾示范社区创建活动。';
    expect(outcomes(`${honour}\n`).every((s) => s === null)).toBe(true);
  });
});
