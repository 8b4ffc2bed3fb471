/**
 * A page's index of its items (an e-paper's 版面 headlines, a sidebar of stories) saved with the
 * story reads like place-led lines, but each is another item's headline. The story's own headline
 * among them, written again over the story below, tells the run for an index: its lines are no
 * entries. A list after the headline's last writing is the story's own, and a headline written
 * once never makes a list an index.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = [
  '经开区前程办事处 评选“最美楼栋”',
  '本报讯 昨日上午，经开区前程办事处举办锦绣社区“最美楼栋”评选暨表彰大会。活动对获评“最美楼栋”颁发流动红旗。',
  '据悉，“最美楼栋”评选每季度举办一次，每次一个楼栋。',
];

describe("an e-paper page's headlines over the story", () => {
  it('gives no entry for the other items named in the index', () => {
    const { n } = readResolved(
      [
        '第AA05版：县区',
        '金水区吹响城市管理“集结号”',
        '经开区前程办事处 评选“最美楼栋”',
        '中原区：企业开办再提速 一日办结少跑路',
        '惠济区长兴路街道 平安建设进社区',
        '巩义市杜甫路街道开展 清洁家园志愿服务活动',
        '返回主页 | 标题导航',
        ...story,
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([]);
  });
});

describe('control: a list the story itself sets out', () => {
  it('keeps a list after the headline written twice (headline, date line, headline again)', () => {
    const { codes } = readResolved(
      [
        '我市3个社区入选省级示范社区',
        '发布时间：2023-05-12',
        '我市3个社区入选省级示范社区',
        '近日，省民政厅公布省级示范社区名单，我市3个社区入选，名单如下：',
        '惠济区长兴路街道南阳社区',
        '金水区丰产路街道黄河社区',
        '中原区林山寨街道百花社区',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['410102', '410105', '410108']);
  });

  it('keeps a list whose heading repeats the title, right over it', () => {
    const { codes } = readResolved(
      [
        '第十一批常州市绿色社区名单',
        '各辖市、区环保局：',
        '经审核，命名常州市溧阳市溧城镇阳光城市社区等3个社区为第十一批常州市绿色社区。',
        '附件',
        '第十一批常州市绿色社区名单',
        '（一）溧阳市（1个）',
        '溧阳市溧城镇阳光城市社区',
        '（二）武进区（2个）',
        '武进区湖塘镇新天地社区',
        '武进区湖塘镇夏雷社区',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['320412', '320412', '320481']);
  });

  it('keeps a list of short lines when the headline is written once', () => {
    const { codes } = readResolved(
      [
        '我市3个社区入选省级示范社区',
        '近日，省民政厅公布省级示范社区名单，我市3个社区入选：',
        '惠济区长兴路街道南阳社区',
        '金水区丰产路街道黄河社区',
        '中原区林山寨街道百花社区',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['410102', '410105', '410108']);
  });
});
