/**
 * Stories a place tells about itself as 我区 / 我市 (its zone passed acceptance, experts came
 * to follow its zone's work), naming itself by name only further down, and stories that open
 * on a meeting or a visit and retell a batch in passing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });

const DISTRICT_PASSED = [
  '我区通过省级社区治理创新试验区验收',
  '发布日期：2023-05-06 来源：民政局',
  '近日，省民政厅印发《关于确认第一批全省社区治理创新实验区通过结项验收的通知》，我区圆满完成创建任务，获评全省社区治理创新实验区。',
  '两年来，我区紧紧围绕“完善居民议事协商机制，激发社区自治活力”实验主题开展探索实践。',
  '在汇报会上，副区长代表蜀山区作创建情况汇报，验收专家组对蜀山区创建工作给予了肯定。',
].join('\n');

describe('a story a district tells as 我区 about its zone', () => {
  it('reads the one district it names twice as the unit, with its theme and outcome', () => {
    const n = read(DISTRICT_PASSED);
    expect(n.records.map((r) => [r.regionText, r.title, r.outcome?.status])).toEqual([
      ['蜀山区', '完善居民议事协商机制，激发社区自治活力', '已验收'],
    ]);
  });

  it('reads nothing when the district is named only once', () => {
    const once = DISTRICT_PASSED.replace('对蜀山区创建工作', '对创建工作');
    expect(read(once).records).toEqual([]);
  });

  it('reads nothing when two districts are named: the text does not say which one speaks', () => {
    const two = DISTRICT_PASSED.replace(
      '给予了肯定。',
      '给予了肯定，包河区、包河区民政局派员观摩。',
    );
    expect(read(two).records).toEqual([]);
  });

  it('reads nothing when the speaker counts several zones of its own (我区3个…实验区)', () => {
    const counted = DISTRICT_PASSED.replace(
      '我区圆满完成创建任务',
      '我区3个社区治理创新实验区圆满完成创建任务',
    ).replace('我区通过省级', '蜀山区通过省级');
    expect(read(counted).records).toEqual([]);
  });

  it('takes no community for a district (某某社区 ends like one)', () => {
    const text = DISTRICT_PASSED.replace('对蜀山区创建工作', '对幸福社区、幸福社区创建工作');
    expect(read(text).records).toEqual([]);
  });
});

const CITY_VISIT = [
  '跟踪指导我市建设全国社区治理和服务创新实验区工作',
  '5月8日，民政部跟踪指导专家组一行莅临跟踪指导我市建设全国社区治理和服务创新实验区工作。',
  '江山市政府副市长、市民政局负责同志陪同调研。',
  '5月9日上午，江山市建设全国社区治理和服务创新实验区工作汇报会召开。',
].join('\n');

describe('a county-level city telling of the experts who came to follow its zone', () => {
  it('reads the city it names as its zone, with no outcome, and the page as news', () => {
    const n = read(CITY_VISIT);
    expect(n.records.map((r) => [r.regionText, r.outcome ?? null])).toEqual([['江山市', null]]);
    expect(n.metadata.role).toBe('news');
  });
});

describe('a story opening on a meeting that retells a batch in passing', () => {
  const MEETING = [
    '由民政部主办的全国乡镇服务创新交流会在杭州召开',
    '6月3日，由民政部主办的全国乡镇服务创新交流会在杭州召开。我市代表在会上发言。',
    '2019年5月，民政部确定山东省青岛市城阳区、湖北省宜昌市夷陵区等2个地区为首批全国乡镇服务创新实验区。',
  ].join('\n');

  it('is news, not the confirmation it retells', () => {
    const n = read(MEETING);
    expect(n.records.length).toBe(2);
    expect(n.metadata.role).toBe('news');
  });
});
