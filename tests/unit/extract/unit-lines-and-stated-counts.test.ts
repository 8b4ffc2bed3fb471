/**
 * Never silent, and the shapes that were lost in silence: one unit a line with the honour it
 * won on the next line, cases named only by the organ that recommended them, case titles in
 * book-title marks after "分别为", a line that names one unit that no layout read, and a
 * sentence that states how many units it names when none of them was read. Each rule is
 * composed here from its own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const county = (c: string | null) => c?.slice(0, 6) ?? null;

describe('one unit a line, the honour it won on the line below', () => {
  it('reads each pair as one entry, the honour as no title', () => {
    const { n, codes, warned } = read([
      '第二批全国乡村治理示范村镇名单',
      '其中',
      '济南市章丘区明水街道',
      '入选第二批全国乡村治理示范乡镇',
      '济南市历城区唐王街道娄家村',
      '入选第二批全国乡村治理示范村',
      '各示范乡镇要将乡村治理与乡村发展、乡村建设统筹推进，不断健全乡村治理工作机制，提升基层管理服务水平。',
    ]);
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['济南市章丘区明水街道', ''],
      ['济南市历城区唐王街道娄家村', ''],
    ]);
    expect(codes.map(county)).toEqual(['370114', '370112']);
    expect(warned).not.toContain('unread_list');
  });

  it('reads a single pair, and a paragraph below is no title of it', () => {
    const { n } = read([
      '喜报',
      '济南市历城区唐王街道娄家村',
      '荣获全国民主法治示范村称号',
      '近日，司法部、民政部公布第九批全国民主法治示范村（社区）名单，我区唐王街道娄家村榜上有名。',
    ]);
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['济南市历城区唐王街道娄家村', ''],
    ]);
  });

  it('sets aside the batch the page cites by examples after "其中" introduced its own share', () => {
    const { n } = read([
      '第三批示范村镇名单',
      '其中',
      '济南市章丘区明水街道',
      '入选第三批全国乡村治理示范乡镇',
      '济南市历城区唐王街道娄家村',
      '入选第三批全国乡村治理示范村',
      '经严格评审，认定北京市大兴区庞各庄镇等100个乡（镇）为第三批全国乡村治理示范乡镇、北京市朝阳区高碑店乡高井村等1001个村为第三批全国乡村治理示范村。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '济南市章丘区明水街道',
      '济南市历城区唐王街道娄家村',
    ]);
  });
});

describe('a line naming one unit is read, or said', () => {
  it('warns where whole-line unit names were read as nothing', () => {
    const { n, warned } = read([
      '关于推荐对象的通知',
      '济南市章丘区明水街道',
      '（待定）（待定）',
      '济南市历城区唐王街道娄家村',
      '（待定）（待定）',
    ]);
    expect(n.records).toEqual([]);
    expect(warned).toContain('unread_list');
    const w = n.warnings.find((x) => x.code === 'unread_list');
    expect(w?.message).toContain('明水街道');
    expect(w?.message).toContain('娄家村');
  });

  it('says nothing of a province or county written alone as a group heading', () => {
    const { warned } = read([
      '名单如下：',
      '山东省',
      '济南市历下区、济南市市中区',
      '河南省',
      '郑州市金水区、郑州市中原区',
    ]);
    expect(warned).not.toContain('unread_list');
  });
});

describe('cases named by the organ that recommended them', () => {
  it('places each case where its organ is and counts them against the stated number', () => {
    const { n, codes, warned } = read([
      '2024年优秀社区治理案例发布',
      '经专家评议，最终确定山东省济南市历下区民政局，山东省青岛市市南区委组织部，山东省淄博市张店区委区政府，山东省济南市历下区泉城路街道办，山东省济南市章丘区明水街道某某社区居委会等单位推荐的50个案例入选为2024年优秀社区治理案例。',
    ]);
    expect(n.records.map((r) => r.regionText).slice(0, 4)).toEqual([
      '山东省济南市历下区',
      '山东省青岛市市南区',
      '山东省淄博市张店区',
      '山东省济南市历下区泉城路街道',
    ]);
    expect(codes.map(county)).toEqual(['370102', '370202', '370303', '370102', '370114']);
    expect(n.records.every((r) => r.kind === 'case')).toBe(true);
    expect(warned).toContain('count_mismatch');
  });

  it('tells a page that retells them, with its editor signed, as news', () => {
    const { n } = read([
      '2024年优秀社区治理案例发布',
      '经专家评议，最终确定山东省济南市历下区民政局，山东省青岛市市南区委组织部等单位推荐的50个案例入选为2024年优秀社区治理案例。',
      '责任编辑：张三',
    ]);
    expect(n.records).toHaveLength(2);
    expect(n.metadata.role).toBe('news');
  });

  it('reads no entry from organs named for anything else', () => {
    const { n } = read([
      '会议召开',
      '会上，山东省济南市历下区民政局，山东省青岛市市南区委组织部，山东省淄博市张店区委区政府等单位作了交流发言。',
    ]);
    expect(n.records).toEqual([]);
  });
});

describe('a sentence that opens with its case titles and says they were chosen', () => {
  it('takes each title placed where it opens as an entry', () => {
    const { n, codes } = read([
      '小区有了议事厅',
      '2024-03-05　来源：某区融媒体中心',
      '2023年，《历下区以居民议事厅破解老旧小区治理难题》入选全国2023创新社会治理推荐案例。大事小事大家商量着办。',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['历下区以居民议事厅破解老旧小区治理难题']);
    expect(codes.map(county)).toEqual(['370102']);
  });

  it('takes no title without its own place, no cited document, no title not chosen', () => {
    for (const line of [
      '2023年，《以居民议事厅破解老旧小区治理难题》入选全国创新社会治理推荐案例。',
      '《历下区关于推进社区治理创新的实施意见》入选全省优秀案例汇编。',
      '《历下区以居民议事厅破解老旧小区治理难题》案例针对老旧小区无人管的情况，成立议事会。',
    ]) {
      const { n } = read(['小区有了议事厅', line]);
      expect(n.records).toEqual([]);
    }
  });
});

describe('case titles in book-title marks after "分别为"', () => {
  const lines = [
    '济南市2个案例入选全省社会治理典型案例',
    '经综合测评，全省共评选出850个案例中的30个典型案例。此次济南市共入选2个案例，分别为《历下区以“居民议事厅”破解老旧小区治理难题》和《章丘区探索村级事务阳光公开新路径》。',
  ];

  it('takes each title as an entry placed where the title opens, counted by its own sentence', () => {
    const { n, codes, warned } = read(lines);
    expect(n.records.map((r) => r.title)).toEqual([
      '历下区以“居民议事厅”破解老旧小区治理难题',
      '章丘区探索村级事务阳光公开新路径',
    ]);
    expect(codes.map(county)).toEqual(['370102', '370114']);
    expect(n.records.every((r) => r.kind === 'case')).toBe(true);
    expect(warned).not.toContain('count_mismatch');
  });

  it("takes a bare year after 全国 for the round, not part of the collection's name", () => {
    const { n } = read([
      '济南市2个案例入选典型案例',
      '由某报社开展的“全国2023创新社会治理典型案例”正式发布。此次济南市共入选2个案例，分别为《历下区以“居民议事厅”破解老旧小区治理难题》和《章丘区探索村级事务阳光公开新路径》。',
    ]);
    expect(n.records.map((r) => [r.programme, r.year])).toEqual([
      ['全国创新社会治理典型案例', 2023],
      ['全国创新社会治理典型案例', 2023],
    ]);
  });

  it('takes no cited document for a case', () => {
    const { n } = read([
      '工作动态',
      '为推广典型案例经验，省里先后印发了两个文件，分别为《关于推进社区治理创新的实施意见》和《济南市社区工作者管理办法》。',
    ]);
    expect(n.records).toEqual([]);
  });
});

describe('a stated count over names none of which was read', () => {
  it('says how many the sentence states when nothing of it was read', () => {
    const { n } = read([
      '各地积极开展示范性老年友好型社区创建工作',
      '经社区自愿申报、县级初核、市级复核，我省推荐济南市历下区泉城路街道某某社区等52个社区参评全国示范性老年友好型社区，具体名单如下：',
    ]);
    const w = n.warnings.find((x) => x.code === 'count_mismatch');
    expect(w).toMatchObject({ stated: 52, found: 0 });
  });

  it('adds nothing when the notice lists as many as it states', () => {
    const { warned } = read([
      '示范村名单',
      '确定历城区唐王街道娄家村等3个村为示范村，名单如下：',
      '1. 济南市历城区唐王街道娄家村',
      '2. 济南市章丘区明水街道浅井村',
      '3. 济南市历下区龙洞街道龙洞社区',
    ]);
    expect(warned).not.toContain('count_mismatch');
  });
});

describe("a run of townships' villages that no layout read", () => {
  it('is said, with the names it starts with', () => {
    const { n } = read([
      '某县示范村全部通过复核',
      '某县省级示范村明水街道浅井村、唐王街道娄家村、龙洞街道龙洞社区、官庄街道朱家峪村全部通过复核被保留，没有一个被撤销。',
    ]);
    const w = n.warnings.find((x) => x.code === 'unread_list');
    expect(n.records).toEqual([]);
    expect(w?.message).toContain('明水街道浅井村');
    expect(w?.message).not.toContain('示范村明水');
  });

  it('is said when it opens its line with no words before it', () => {
    const { n } = read([
      '某县示范村复核结果',
      '明水街道浅井村、唐王街道娄家村、龙洞街道龙洞社区、官庄街道朱家峪村全部通过复核。',
    ]);
    const w = n.warnings.find((x) => x.code === 'unread_list');
    expect(w?.message).toContain('明水街道浅井村');
  });

  it('says nothing of the stops of a visit', () => {
    const { warned } = read([
      '调研活动',
      '调研组先后考察了明水街道浅井村、唐王街道娄家村、龙洞街道龙洞社区，听取了工作汇报。',
    ]);
    expect(warned).not.toContain('unread_list');
  });
});

describe('a run of counties written whole that no layout read', () => {
  it('is said, though other entries were read', () => {
    const { n } = read([
      '第二批历史文化名县',
      '2019年3月，经专家委员会评审，确认甘肃省天水市秦安县、陕西省渭南市韩城市为历史文化名县。',
      '此外，河北省邢台市临城县、广西壮族自治区桂林市灵川县、贵州省遵义市湄潭县、云南省大理白族自治州巍山县也陆续传来',
    ]);
    const w = n.warnings.find((x) => x.code === 'unread_list');
    expect(w?.message).toContain('河北省邢台市临城县');
  });

  it('says nothing when the run was read', () => {
    const { warned } = read([
      '第二批历史文化名县',
      '经专家委员会评审，确认河北省邢台市临城县、广西壮族自治区桂林市灵川县、贵州省遵义市湄潭县为历史文化名县。',
    ]);
    expect(warned).not.toContain('unread_list');
  });

  it('says nothing when the body retells the counties the attachment lists', () => {
    const { n, warned } = read([
      '关于确认第二批历史文化名县的通知',
      '经研究，同意将河北省邢台市临城县，广西壮族自治区桂林市灵川县，贵州省遵义市湄潭县，云南省大理白族自治州巍山县确认为第二批历史文化名县（名单见附件）。',
      '附件：第二批历史文化名县名单',
      '序号\t地区\t特色',
      '1\t河北省邢台市临城县\t古城',
      '2\t广西壮族自治区桂林市灵川县\t古村',
      '3\t贵州省遵义市湄潭县\t茶乡',
      '4\t云南省大理白族自治州巍山县\t古城',
    ]);
    expect(n.records).toHaveLength(4);
    expect(warned).not.toContain('unread_list');
  });
});
