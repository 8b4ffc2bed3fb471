/**
 * Units a line each under a heading announcing them as units: each is an entry in the place its
 * name gives, at its start or after its parent body's name; a community among them is its own
 * place; an addressee line or a heading over prose lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (...lines: string[]) =>
  [
    '名单出炉!我县省级文明村镇、单位再添新军!',
    '省文明委决定授予灵璧县8家单位“省文明单位”称号',
    ...lines,
  ].join('\n');

describe('honoured units a line each', () => {
  it('each unit is an entry in its county, a parent body’s name before the county too', () => {
    const { n, codes } = readResolved(
      notice(
        '第十二届省文明单位(灵璧)',
        '●国家税务总局灵璧县税务局',
        '●灵璧县人民法院',
        '●国网安徽省电力公司灵璧县供电公司',
        '●灵璧县财政局',
        '●灵璧县灵城镇北关社区',
      ),
    );
    expect(n.records.map((r) => r.unit ?? r.regionText)).toEqual([
      '国家税务总局灵璧县税务局',
      '灵璧县人民法院',
      '国网安徽省电力公司灵璧县供电公司',
      '灵璧县财政局',
      '灵璧县灵城镇北关社区',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(Array(5).fill('341323'));
  });

  it('an addressee line over an organ’s signature lists no units', () => {
    const { n } = readResolved(
      [
        '关于做好文明单位复查工作的通知',
        '各有关单位：',
        '灵璧县人民法院办公室',
        '灵璧县财政局办公室',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.unit ?? r.regionText)).not.toContain('灵璧县财政局办公室');
  });

  it('a heading over prose lists nothing', () => {
    const { n } = readResolved(
      notice(
        '第十二届省文明单位(灵璧)',
        '灵璧县人民法院深入开展文明创建，成效明显',
        '灵璧县财政局强化窗口服务，群众满意',
      ),
    );
    expect(n.records.some((r) => (r.unit ?? '').includes('深入开展'))).toBe(false);
  });

  it('labelled runs of places under a units heading stay places, one entry each', () => {
    const { codes } = readResolved(
      [
        '关于确定第一批国家级医养结合试点单位的通知',
        '附件：国家级医养结合试点单位名单',
        '1.北京市：东城区、海淀区',
        '2.河北省：石家庄市、邯郸市',
      ].join('\n'),
    );
    expect(codes).toEqual(['110101', '110108', '130100', '130400']);
  });

  it('a counted city heading or a placeless sub-heading under it is no unit', () => {
    const counted = readResolved(
      [
        '第十二批全国民族团结进步示范区示范单位名单',
        '桂林市（2个）',
        '龙胜各族自治县',
        '桂林市全州县红军长征湘江战役纪念馆',
      ].join('\n'),
    );
    expect(counted.n.records.map((r) => r.unit ?? '')).not.toContain('桂林市（2个）');
    const named = readResolved(
      [
        '福建省荣获第二批全国休闲农业与乡村旅游示范县、示范点称号单位名单',
        '全国休闲农业与乡村旅游示范点',
        '南靖县云水谣景区',
        '同安区丽田园农家乐专业合作社',
      ].join('\n'),
    );
    expect(named.n.records.map((r) => r.title)).not.toContain('全国休闲农业与乡村旅游示范点');
  });

  it('organisers or participants a line each under their part are no honoured units', () => {
    for (const part of ['主办单位：', '参加单位：', '牵头单位：']) {
      const { n } = readResolved(
        [
          '关于开展全县文明创建联合检查的通知',
          part,
          '灵璧县市场监督管理局',
          '灵璧县公安局',
          '灵璧县卫生健康委员会',
        ].join('\n'),
      );
      expect(n.records.map((r) => r.unit ?? '')).not.toContain('灵璧县公安局');
    }
  });

  it('a person named before the unit is no unit', () => {
    const { n } = readResolved(
      notice('第十二届省文明单位(灵璧)', '张三 灵璧县人民法院', '李四 灵璧县财政局'),
    );
    expect(n.records.some((r) => (r.unit ?? '').includes('张三'))).toBe(false);
  });
});
