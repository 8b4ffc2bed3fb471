/**
 * Cases a sentence names as place + quoted or book-titled name where no kind word or verb
 * follows each title: a run closed by a count of exactly its titles (…“甲”和…“乙”2项实践成功
 * 入选), a run introduced after the verb and case word (入选的2个优秀案例，分别为…《…》、…《…》),
 * one example before 等N个 and the designation (确定…《…》等22个典型经验为…). A count that
 * differs, a run with no honouring clause and an example with no designating verb are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a run of placed titles closed by its count', () => {
  it('reads each quoted title after its place when the count matches the run', () => {
    const { codes, titles } = read([
      '我省两地做法入选全国典型案例',
      '近日，民政部公布年度典型案例30个，我省柳州市城中区“邻里共治，楼栋微自治”和桂林市阳朔县“村寨议事会激活乡村善治”2项实践成功入选。',
    ]);
    expect(titles).toEqual(['邻里共治，楼栋微自治', '村寨议事会激活乡村善治']);
    expect(codes).toEqual(['450202', '450321']);
  });

  it('leaves the run when the count after it differs from its titles', () => {
    const { titles } = read([
      '我省做法入选全国典型案例',
      '近日，民政部公布年度典型案例30个，我省柳州市城中区“邻里共治，楼栋微自治”和桂林市阳朔县“村寨议事会激活乡村善治”等3项实践成功入选。',
    ]);
    expect(titles).not.toContain('邻里共治，楼栋微自治');
  });
});

describe('a run of placed titles introduced after the verb', () => {
  it('reads the titles in book-title marks after 分别为', () => {
    const { codes, titles } = read([
      '全国优秀案例名单揭晓',
      '近日，全国优秀案例征集结果出炉。赣州市入选的2个优秀案例，分别为会昌县《“三员”联动化解基层矛盾》、安远县《积分超市激活乡村治理》，为基层治理提供了样本。',
    ]);
    expect(titles).toEqual(['“三员”联动化解基层矛盾', '积分超市激活乡村治理']);
    expect(codes).toEqual(['360733', '360726']);
  });

  it('reads a county whose name holds 和 as the place of its title', () => {
    const { codes, titles } = read([
      '南平两案例入选',
      '南平市入选的2个优秀案例，分别为浦城县《创新工作机制激发基层治理新活力》、政和县杨源乡《以传统文化赋能乡村社会治理的新探索》，为基层治理提供了样本。',
    ]);
    expect(titles).toEqual([
      '创新工作机制激发基层治理新活力',
      '以传统文化赋能乡村社会治理的新探索',
    ]);
    expect(codes).toEqual(['350722', '350725']);
  });

  it('leaves titles after 分别为 when no verb honours them', () => {
    const { titles } = read([
      '全市培训会召开',
      '会议安排了两场交流，分别为会昌县《“三员”联动化解基层矛盾》、安远县《积分超市激活乡村治理》，与会人员认真学习。',
    ]);
    expect(titles).toEqual([]);
  });
});

describe('one example before the round it opens', () => {
  it('reads the example place and title before 等N个 and the designation', () => {
    const { codes, titles } = read([
      '第二批典型经验公布',
      '民政部遴选确定山西省平遥县《强化服务功能，打造便民服务圈》等20个典型经验为第二批典型经验。',
    ]);
    expect(titles).toEqual(['强化服务功能，打造便民服务圈']);
    expect(codes).toEqual(['140728']);
  });

  it('leaves a title before 等N个 when nothing designates the round', () => {
    const { titles } = read([
      '经验交流会召开',
      '会上，山西省平遥县《强化服务功能，打造便民服务圈》等20个典型经验为与会人员提供了借鉴。',
    ]);
    expect(titles).toEqual([]);
  });

  it('leaves a quoted example before its count to the other readers', () => {
    const { titles } = read([
      '创新经验名单公布',
      '会议公布了南宁市青秀区“楼栋议事会”等12个项目为年度创新经验提名项目。',
    ]);
    expect(titles).not.toContain('楼栋议事会');
  });
});

describe('a run introduced after the units standing on the list', () => {
  it('reads the quoted titles after 分别是 when the clause says the cases made the list', () => {
    const { codes, titles } = read([
      '山西两乡镇入选典型案例',
      '近日，农业农村部推介第四批典型案例，共49个入选。山西省2个乡镇案例榜上有名，分别是交城县东坡底乡“丧事简办三步走 文明乡风树新篇”和灵丘县下关乡“驻村干部积极参与移风易俗”。',
    ]);
    expect(titles).toEqual(['丧事简办三步走 文明乡风树新篇', '驻村干部积极参与移风易俗']);
    expect(codes).toEqual(['141122', '140224']);
  });

  it('leaves the run when the clause before 分别是 tells no standing on a list', () => {
    const { titles } = read([
      '两乡镇交流经验',
      '会上，2个乡镇案例作了交流，分别是交城县东坡底乡“丧事简办三步走 文明乡风树新篇”和灵丘县下关乡“驻村干部积极参与移风易俗”。',
    ]);
    expect(titles).toEqual([]);
  });

  it('leaves a run after 上榜 when the list is a ranking of places', () => {
    const { titles } = read([
      '我省两县上榜',
      '近日，全国县域治理百强榜发布，我省2个县的治理模式上榜，分别是桐乡市“三治融合”和诸暨市“枫桥经验”。',
    ]);
    expect(titles).toEqual([]);
  });
});

describe('a quoted example opening with its own unit place', () => {
  it('reads the place the quoted name opens with before 等N个 and the designation', () => {
    const { codes, titles } = read([
      '',
      '日前，福州市终身教育促进委员会发文，确认“福州市社区大学福州方言学习圈”等7个项目为2016年福州市社区教育品牌。',
    ]);
    expect(titles).toEqual(['福州市社区大学福州方言学习圈']);
    expect(codes).toEqual(['350100']);
  });

  it('leaves a quoted example that opens with no place', () => {
    const { titles } = read([
      '',
      '日前，福州市终身教育促进委员会发文，确认“方言学习圈”等7个项目为2016年福州市社区教育品牌。',
    ]);
    expect(titles).toEqual([]);
  });

  it('leaves a quoted name opening with a place when nothing designates the round', () => {
    const { titles } = read([
      '',
      '活动中，“福州市社区大学福州方言学习圈”等7个项目为居民提供了学习机会。',
    ]);
    expect(titles).toEqual([]);
  });
});
