/**
 * A list of sites each written after its place ("开封市鼓楼特色文化街区、洛阳市龙门石窟、安阳市
 * 安阳古城、鹤壁市浚县古城入围"): a block, an old town, grottoes lie in the place before them,
 * so each is an entry at that place, the last one too where the listing verb follows its name.
 * A site doing something (…古城开展…) leaves the sentence a story, not a list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('sites written after their places in a share told in one clause', () => {
  it('are entries at the places, the last one closed by its verb (其中我省A、B、C、D入围)', () => {
    const { n, codes } = read([
      '河南四家夜间文旅消费集聚区晋级国家队',
      '本报讯 文化和旅游部网站近日公布第二批国家级夜间文化和旅游消费集聚区名单，共123家单位入围。' +
        '其中我省开封市鼓楼特色文化街区、洛阳市龙门石窟、安阳市安阳古城、鹤壁市浚县古城入围。',
    ]);
    expect(n.records).toHaveLength(4);
    expect(codes).toEqual(['410200', '410311', '410500', '410621']);
  });

  it('are entries after 分别是 too, a quoted site and one joined by 和', () => {
    const { codes } = read([
      '我省4地入选',
      '其中我省有4地入选，分别是开封市鼓楼特色文化街区、景德镇市“夜珠山”消费带、安阳市安阳古城和鹤壁市浚县古城。',
    ]);
    expect(codes).toEqual(['410200', '360200', '410500', '410621']);
  });

  it('a site doing something is no entry', () => {
    const { n } = read([
      '古城夜游火热',
      '国庆期间，开封市鼓楼特色文化街区、洛阳市龙门石窟开展夜游活动，吸引游客十万人次。',
    ]);
    expect(n.records).toEqual([]);
  });
});
