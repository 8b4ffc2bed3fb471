/**
 * A story telling a round's total and then its own place's share ("命名500个社区…，湖北省40个
 * 社区榜上有名，其中咸宁市3个社区在列，分别为…") lists the share: the count checked is the
 * share nearest the list, and the wider total is no count of what it names, nor of a share
 * told without its count. A list that falls short of its own count still warns.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatch = (text: string) =>
  readResolved(text)
    .n.warnings.filter((w) => w.code === 'count_mismatch')
    .map((w) => w.message);

const SHARE =
  '咸宁市三个社区获评全国综合减灾示范社区\n' +
  '近日，国家减灾委、应急管理部命名500个社区为全国综合减灾示范社区，湖北省40个社区榜上有名。' +
  '其中，咸宁市3个社区在列，分别为：咸安区温泉街道桂花社区、通城县隽水镇银山社区、崇阳县天城镇城北社区。\n';

describe('a round’s total told before its share', () => {
  it('checks the list against the share nearest it, not the round’s total', () => {
    const { n } = readResolved(SHARE);
    expect(n.records).toHaveLength(3);
    expect(mismatch(SHARE)).toEqual([]);
  });

  it('still warns when the list falls short of its share', () => {
    const short = SHARE.replace('咸宁市3个社区在列', '咸宁市5个社区在列');
    expect(mismatch(short).join()).toContain('5个');
  });

  it('a share introduced without its count is no list of the round’s total', () => {
    const uncounted = SHARE.replace(
      '，湖北省40个社区榜上有名。其中，咸宁市3个社区在列',
      '。其中，咸宁市社区在列',
    );
    expect(readResolved(uncounted).n.records).toHaveLength(3);
    expect(mismatch(uncounted)).toEqual([]);
  });

  it('a page going on to list the round whole is counted by its total again', () => {
    const whole = SHARE.replace(
      '，湖北省40个社区榜上有名。其中，咸宁市3个社区在列，分别为：',
      '。其中，咸宁市社区在列。现将名单公布如下：',
    );
    expect(mismatch(whole).join()).toContain('通知称共500个');
  });

  it('a kind counted within the total is no share', () => {
    const kind = SHARE.replace(
      '，湖北省40个社区榜上有名。其中，咸宁市3个社区在列',
      '。其中，3个入选的城市社区',
    );
    expect(mismatch(kind).join()).toContain('通知称共500个');
  });

  it('a round’s own list short of its total still warns', () => {
    const short =
      '关于确定社区治理试点的通知\n' +
      '经研究，确定以下10个单位为社区治理试点：\n' +
      '1.河北省石家庄市长安区\n2.山西省太原市小店区\n3.辽宁省大连市中山区\n4.吉林省长春市南关区\n' +
      '5.江苏省南京市鼓楼区\n6.浙江省杭州市上城区\n7.安徽省合肥市蜀山区\n';
    const { n } = readResolved(short);
    expect(n.records).toHaveLength(7);
    expect(mismatch(short).join()).toContain('通知称共10个');
  });
});
