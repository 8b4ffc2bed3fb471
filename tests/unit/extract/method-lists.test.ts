/**
 * News of 社区工作法 chosen for a national or provincial list: the places are named with the
 * method after them ("…社区工作法成功入选"), as the example of a count ("…居民区等5个社区工作法"),
 * or with the method's own name ("…社区议事“五步”工作法等20个工作法"); and a whole list's
 * total stated in the body ("名单1976个") that the list read does not reach.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { codes, txtDoc } from './helpers';

// The suffix grammar, so that made-up towns and communities read as such.
const read = (text: string) => extractNotice(txtDoc(text), { fileName: 'a.txt' });
const readKnown = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });
const places = (text: string) => read(text).records.map((r) => r.regionText);

describe('methods named after their community', () => {
  it('reads the communities whose methods "成功入选"', () => {
    const text = [
      '我省3个社区工作法入选全国优秀社区工作法',
      '',
      '日前，民政部遴选了优秀社区工作法，山西省太原市小店区坞城街道南内环社区工作法、大同市平城区新建北路街道鼓楼东社区工作法、长治市潞州区英雄南路街道府后社区工作法成功入选。',
    ].join('\n');
    expect(places(text)).toEqual([
      '山西省太原市小店区坞城街道南内环社区',
      '大同市平城区新建北路街道鼓楼东社区',
      '长治市潞州区英雄南路街道府后社区',
    ]);
  });

  it('reads a 居民区 given as the example of a count, and warns the rest are not listed', () => {
    const n = readKnown(
      '本市6个社区工作法入选\n\n经过评议，本市共有徐汇区天平路街道永嘉居民区等6个社区工作法入选全国优秀社区工作法。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['徐汇区天平路街道永嘉居民区']);
    expect(codes(n)).toContain('count_mismatch');
  });

  it('reads the example when the method’s own name stands between it and the count', () => {
    const n = read(
      '关于公布优秀社区工作法的通知\n确认岳阳市岳阳楼区东茅岭街道先锋社区议事“五步”工作法等20个工作法为全省优秀社区工作法。',
    );
    expect(n.records).toHaveLength(1);
    expect(n.records[0]?.regionText).toMatch(/岳阳楼区东茅岭街道先锋社区$/);
    expect(codes(n)).toContain('count_mismatch');
  });

  it('keeps the method’s own quoted name as the example’s title', () => {
    const n = read(
      '关于公布优秀社区工作法的通知\n确认青石市松岭区白露街道枫桥社区邻里议事“四会两评”工作法等12个工作法为全省优秀社区工作法。',
    );
    expect(n.records).toHaveLength(1);
    expect(n.records[0]?.regionText).toMatch(/松岭区白露街道枫桥社区$/);
    expect(n.records[0]?.title).toBe('邻里议事“四会两评”工作法');
  });

  it('gives no title when only the counted noun follows the place', () => {
    const n = read(
      '关于公布优秀社区工作法的通知\n确认青石市松岭区白露街道枫桥社区工作法等12个工作法为全省优秀社区工作法。',
    );
    expect(n.records.map((r) => r.title)).toEqual(['']);
  });
});

describe('a story walking through the units its example stands for', () => {
  const story = (walk: string) =>
    [
      '本市3个社区工作法入选全国优秀社区工作法',
      '',
      '经过评议，松岭区白露街道枫桥居民区等3个社区工作法入选全国优秀社区工作法。',
      walk,
    ].join('\n');

  it('reads the units told one sentence each, the example among them', () => {
    const text = story(
      '近年来，松岭区白露街道枫桥居民区立足社区实际，形成了议事工作法。青湖区望江街道月湾居民区运用“三会”制度。石港区东滨街道海棠社区推进“全岗通”机制。',
    );
    expect(places(text)).toEqual([
      '松岭区白露街道枫桥居民区',
      '青湖区望江街道月湾居民区',
      '石港区东滨街道海棠社区',
    ]);
  });

  it('reads nothing more where the sentences never name the example again, or outnumber the count', () => {
    expect(
      places(
        story('青湖区望江街道月湾居民区运用“三会”制度。石港区东滨街道海棠社区推进“全岗通”机制。'),
      ),
    ).toEqual(['松岭区白露街道枫桥居民区']);
    expect(
      places(
        story(
          '松岭区白露街道枫桥居民区立足实际。青湖区望江街道月湾居民区运用“三会”制度。石港区东滨街道海棠社区推进机制。云溪区南山街道竹林社区开展活动。',
        ),
      ),
    ).toEqual(['松岭区白露街道枫桥居民区']);
  });
});

describe('a whole list’s total stated in the body', () => {
  const body = (total: number) =>
    [
      '关于文明村镇候选名单的公示',
      '',
      `经审核，提出了文明村镇候选名单${total}个。现将名单予以公示。`,
      '',
      '序号\t名称',
      '1\t太原市小店区刘家堡乡',
      '2\t大同市云州区西坪镇',
      '3\t长治市潞州区老顶山镇',
    ].join('\n');

  it('warns when the list read falls short of it', () => {
    const n = read(body(300));
    expect(n.records).toHaveLength(3);
    expect(n.warnings.find((w) => w.code === 'count_mismatch')?.message).toContain('300');
  });

  it('says nothing when the list reaches it', () => {
    expect(codes(read(body(3)))).not.toContain('count_mismatch');
  });
});
