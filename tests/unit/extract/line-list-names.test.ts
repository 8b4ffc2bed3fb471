/**
 * Names inside line lists, as copied pages give them: a product in brackets below its
 * numbered village or after it on the line, county-labelled lines with stray spaces inside
 * names and a state farm among the villages, a photo caption between two county lines, a
 * paragraph's subject below the list, a banner's 旗 inside a community's name, a county that
 * labels the enumeration after "分别是", and a batch cited by its first unit over a list of
 * the province's share. Each rule is composed here from its own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const county = (c: string | null) => c?.slice(0, 6) ?? null;

describe('a bracketed note after a village is its title', () => {
  it('takes the note on the line below a numbered address', () => {
    const { n, codes } = read([
      '湖北省第八批一村一品示范村名单',
      '1. 随县三里岗镇吉祥寺村',
      '（随州香菇）',
      '2. 南漳县东巩镇双坪村',
      '（南漳黑木耳）',
      '3. 武汉市东西湖区东山办事处群力大队',
      '（东西湖葡萄）',
    ]);
    expect(n.records.map((r) => [r.seq, r.title])).toEqual([
      [1, '随州香菇'],
      [2, '南漳黑木耳'],
      [3, '东西湖葡萄'],
    ]);
    expect(codes.map(county)).toEqual(['421321', '420624', '420112']);
  });

  it('takes the note written after the village on its own line, under a list heading', () => {
    const { n, codes } = read([
      '监测合格名单（湖北）',
      '荆门市东宝区栗溪镇栗树湾村 （香菇）',
      '荆门市钟祥市旧口镇农兴村 （七里湖白萝卜）',
    ]);
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['荆门市东宝区栗溪镇栗树湾村', '香菇'],
      ['荆门市钟祥市旧口镇农兴村', '七里湖白萝卜'],
    ]);
    expect(codes.map(county)).toEqual(['420802', '420881']);
  });

  it('keeps a bracketed village as the unit, and a count or status is no title', () => {
    const { n } = read([
      '名单如下：',
      '1. 河北省邯郸市峰峰矿区响堂水镇（东和村）',
      '2. 河北省邯郸市涉县（2个）',
    ]);
    expect(n.records[0]?.title).toBe('');
    expect(n.records.map((r) => r.title)).not.toContain('2个');
  });
});

describe('county-labelled lines of villages', () => {
  const lines = [
    '江西入选的村具体名单如下',
    '南昌县：冈上镇蚕石村、三江镇 三江村、幽兰镇南湖村',
    '安义县：龙津镇城北村、新民乡吊钟村',
    '杭口镇双井村',
    '彭泽县：浩山乡小山村、上十岭垦殖场秋林分场、黄岭乡建山村',
    '武宁县：大洞乡彭坪村、澧溪 镇太平村',
    '森林乡村，是指自然生态风貌保存完好、乡土田园特色突出的生态宜居乡村。',
  ];

  it('joins a name split by a stray space, reads a state farm, skips a caption and a paragraph', () => {
    const { n, codes } = read(lines);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '冈上镇蚕石村',
      '三江镇三江村',
      '幽兰镇南湖村',
      '龙津镇城北村',
      '新民乡吊钟村',
      '浩山乡小山村',
      '上十岭垦殖场秋林分场',
      '黄岭乡建山村',
      '大洞乡彭坪村',
      '澧溪镇太平村',
    ]);
    expect(codes.map(county)).toEqual([
      '360121',
      '360121',
      '360121',
      '360123',
      '360123',
      '360430',
      '360430',
      '360430',
      '360423',
      '360423',
    ]);
  });

  it('reads a county label typed with a character twice as that county', () => {
    const { n, codes } = read([
      '名单如下：',
      '留坝县：玉皇庙镇两河口村',
      '镇巴巴县：杨家河镇三湾村',
    ]);
    expect(n.records.map((r) => r.regionContext?.county)).toEqual(['留坝县', '镇巴县']);
    expect(codes.map(county)).toEqual(['610729', '610728']);
  });

  it('keeps places separated by spaces apart', () => {
    const { n } = read(['名单如下：', '山西省：太原市尖草坪区 大同市南郊区 朔州市山阴县']);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '太原市尖草坪区',
      '大同市南郊区',
      '朔州市山阴县',
    ]);
  });

  it('says where a line of names stopped being read, never silent', () => {
    const { n, warned } = read([
      '名单如下',
      '彭泽县：浩山乡小山村、上十岭某某分部、黄岭乡建山村、东升镇桃红村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['浩山乡小山村']);
    expect(warned).toContain('unread_list');
    expect(n.warnings.find((w) => w.code === 'unread_list')?.message).toContain('黄岭乡建山村');
  });
});

describe('a banner only as a whole name', () => {
  it('reads 留旗营社区 as a community of the county above, not a banner', () => {
    const { n, codes } = read(['名单如下：', '勉县：周家山镇留旗营社区、定军山镇定军山社区']);
    expect(n.records.map((r) => r.regionContext?.county)).toEqual(['勉县', '勉县']);
    expect(codes.map(county)).toEqual(['610725', '610725']);
  });

  it('keeps counties and cities with 镇 inside their name (天镇县, 清镇市)', () => {
    const { codes } = read([
      '名单如下：',
      '天镇县米薪关镇西阳坡村、清镇市卫城镇坪寨村、清镇市流长苗族乡油菜村',
    ]);
    expect(codes.map(county)).toEqual(['140222', '520181', '520181']);
  });
});

describe('a county that labels the enumeration after its intro', () => {
  it('reads the first entries after "<县>入榜的村分别是"', () => {
    const { n, codes } = read([
      '从江县入榜的村分别是丙妹镇大歹村、老或村、龙江村，洛香镇平乐村、大桥村。截至目前，该县已有44个村寨入选。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '丙妹镇大歹村',
      '老或村',
      '龙江村',
      '洛香镇平乐村',
      '大桥村',
    ]);
    expect(codes.map(county)).toEqual(Array(5).fill('522633'));
  });
});

describe("entries after the words naming the notice's own place", () => {
  it('reads townships after "我市", 的 between township and community, and names run together', () => {
    const { n } = read([
      '我市奎聚街道的东城社区、文山社区和都昌街道迎禧社区、都昌街道利民社区都昌街道西城社区被评为“山东省绿色社区”。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '奎聚街道东城社区',
      '文山社区',
      '都昌街道迎禧社区',
      '都昌街道利民社区',
      '都昌街道西城社区',
    ]);
  });

  it('makes no entries when no name after "我县" can be placed', () => {
    // Towns the division lists do not hold: nothing says which county is 我县.
    const { n } = read(['我县青禾镇甲乙社区、青禾镇丙丁社区、白鹭街道戊己社区榜上有名。']);
    expect(n.records).toEqual([]);
  });

  it('reads no entries from words for the levels of a list ("城区、街道和社区入选")', () => {
    const { n } = read(['记者从省民政厅获悉，我省共有54个城市、城区、街道和社区入选。']);
    expect(n.records).toEqual([]);
  });

  it('leaves one township the story is about alone', () => {
    const { n } = read(['我县莲塘镇开展了垃圾分类宣传活动，居民积极参与。']);
    expect(n.records).toEqual([]);
  });
});
