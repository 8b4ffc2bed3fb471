/**
 * Never silent: a notice that states how many entries its honour has ("等10个案例获得…",
 * "等十大案例入围", "确定了11个…", a headline's "十佳…社区") and names fewer says so. A
 * numeral that counts no entries ("十四五", "十九大", "第十批", applications sent in) says
 * nothing. Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadTotals } from '../../../src/main/core/import/extract/unread-totals';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));
const mismatches = (lines: string[]) =>
  read(lines).n.warnings.filter((w) => w.code === 'count_mismatch');

describe('a stated total with fewer entries named', () => {
  it('counts the examples cited by a quoted title before 等N个', () => {
    const [w] = mismatches([
      '青禾区评选第二届“十佳邻里治理案例”',
      '本报讯 由青禾区社区管理局主办的第二届邻里治理案例评选活动在枫林社区举办。',
      '经过激烈角逐，“楼道议事会，邻里一家亲”等10个案例获得本届十佳邻里治理案例荣誉称号。进入“十四五”，青禾区将继续深耕基层治理。',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 10 });
  });

  it('counts 十大 after a quoted title, and a table that shows one case', () => {
    const [w] = mismatches([
      '南川省基层治理创新实践十大精品案例发布',
      '来源：南川日报  发布时间：2023-01-13',
      '会上发布了南川省基层治理创新实践十大精品案例。由枫林市青禾区综治中心申报的“‘小院议事’夯实基层治理”等十大案例入围。',
      '序号\t案例名称\t申报单位',
      '1\t‘小院议事’夯实基层治理\t枫林市青禾区综治中心',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 10 });
  });

  it('takes the count said in words over the honour’s name', () => {
    const [w] = mismatches([
      '枫林摘取“全国邻里治理十大创新成果”奖',
      '本报讯 记者从市民政局获悉，枫林市申报的“邻里互助”项目名列十大创新成果之首。经评审，确定了12个创新经验被评为“全国邻里治理十大创新成果”。',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 12 });
  });

  it('counts a headline’s 十佳 社区 when the story names one', () => {
    const [w] = mismatches([
      '青禾区评出十佳和谐社区',
      '近日，青禾区评出十佳和谐社区，枫林街道南岭社区榜上有名。',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 10 });
  });

  it('counts a published round named between the verb and its count', () => {
    const [w] = mismatches([
      '国家农业绿色发展先行区创建评审工作',
      '农业农村部开展国家农业绿色发展先行区创建评审工作，经县级申请、省级审核推荐和专家评审，发布了本批60个创建单位名单。',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 60 });
  });
});

describe('a contest’s winners counted in its lead', () => {
  it('counts the winners said before an attached table that shows fewer', () => {
    const [w] = mismatches([
      '关于青禾市邻里公益项目大赛结果的公示',
      '截至9月30日，共征集邻里公益项目30个，共有20个项目入围决赛。经现场展示和评委打分，最终，12个项目获奖。现将结果予以公示（名单附后）。',
      '青禾市民政局',
      '2023年10月8日',
      '邻里公益项目大赛结果',
      '序号\t奖项\t项目名称\t项目单位',
      '1\t一等奖\t“银发课堂”助老项目\t青禾市枫林社会工作服务中心',
      '2\t二等奖\t“四点半学堂”关爱项目\t青禾市南岭公益发展中心',
    ]);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 12 });
  });

  it('says nothing of the projects that only reached the final', () => {
    expect(
      mismatches([
        '青禾市邻里公益项目大赛落幕',
        '本报讯 20个项目入围决赛，枫林街道南岭社区“银发课堂”助老项目获得一等奖，枫林街道北岭社区“四点半学堂”关爱项目获得二等奖。',
      ]),
    ).toEqual([]);
  });
});

describe('a share counted by its own sentence', () => {
  it('says nothing of the wider batch when the share read is the share stated', () => {
    expect(
      mismatches([
        '贵阳市2个案例入选全国邻里治理典型案例',
        '日前，全国邻里治理典型案例正式发布，经专家综合测评，评选出30个典型案例。此次贵阳市共入选2个案例，分别为《贵阳市以“邻里驿站”探索基层服务新模式》和《南明区共建和谐院坝》。',
      ]),
    ).toEqual([]);
  });
});

describe('numerals that count no entries', () => {
  it('says nothing for 十四五, 十九大, 第十批 or the applications sent in', () => {
    expect(
      mismatches([
        '青禾区评选邻里治理案例',
        '进入“十四五”，党的十九大以来，青禾区在第十批社区中先后报送了89个案例材料。',
        '经过激烈角逐，“楼道议事会，邻里一家亲”获得本届邻里治理案例荣誉称号。',
      ]),
    ).toEqual([]);
  });

  it('reads no count in a longer numeral, after 第, or in a count of applications', () => {
    const said = (text: string) => unreadTotals(keyText(text), [], 1, []);
    expect(said('党的十九大报告提出的社区治理要求，枫林社区认真落实。')).toEqual([]);
    expect(said('党的二十大代表走进枫林社区。')).toEqual([]);
    expect(said('枫林社区获评全省第十佳示范社区。')).toEqual([]);
    expect(said('各单位先后报送了89个案例材料，推荐了30项创新经验。')).toEqual([]);
    expect(said('全省共评选出850个案例中的30个典型案例。')).toEqual([]);
    expect(said('枫林社区获评十佳示范社区。')).toMatchObject([{ stated: 10, found: 1 }]);
  });

  it('says nothing when as many entries are read as the headline counts', () => {
    const names = ['东', '西', '南', '北', '中', '上', '下', '前', '后', '左'];
    expect(
      mismatches(['青禾区十佳和谐社区名单', ...names.map((c, i) => `${i + 1}.枫林街道${c}岭社区`)]),
    ).toEqual([]);
  });
});

describe('a ranking list that shows fewer than it ranks', () => {
  it('counts N强 before 名单, not a stage of the contest or a ranking of counties', () => {
    const said = (text: string) => unreadTotals(keyText(text), [], 4, []);
    expect(said('经过前期评审，到30强实地暗访，昨日，“美好邻里”20强名单终于出炉。')).toMatchObject([
      { stated: 20, found: 4 },
    ]);
    expect(said('经过前期评审，到30强实地暗访，结果将于下月公布。')).toEqual([]);
    expect(said('青禾县入选全国百强县名单。')).toEqual([]);
    expect(said('“美好邻里”第二十强名单。')).toEqual([]);
  });
});

describe('a list shorter than its headline counts', () => {
  it('is said short when it is not counted otherwise', () => {
    const [w] = mismatches(['青禾区十佳和谐社区名单', '1.枫林街道南岭社区', '2.枫林街道北岭社区']);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 10, found: 2 });
  });
});

describe('a recognition’s total over a list cut short', () => {
  const proposal = (tail: string[]) => [
    '经组织专家实地验收和会议评审，全区共91个示范区申报验收，拟认定62个自治区级核心示范区。现将具体名单予以公示：',
    '一、核心示范区（五星级）',
    '1.隆安县稻香产业核心示范区',
    '2.南丹县牧歌循环产业核心示范区',
    ...tail,
  ];

  it('counts the areas a recognition proposes, not the applicants', () => {
    const [w] = mismatches(proposal(['3.扶绥']));
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 62 });
  });

  it('says nothing when the list holds what the recognition counts', () => {
    const lines = [
      '经组织专家实地验收，全区共5个示范区申报验收，拟认定3个自治区级核心示范区。现将具体名单予以公示：',
      '1.隆安县稻香产业核心示范区',
      '2.南丹县牧歌循环产业核心示范区',
      '3.阳朔县柑橘产业核心示范区',
    ];
    expect(mismatches(lines)).toEqual([]);
  });

  it('reads no count in the areas that applied', () => {
    const lines = [
      '今年91个示范区申报验收，专家组已完成现场察看。',
      '1.隆安县稻香产业核心示范区',
      '2.南丹县牧歌循环产业核心示范区',
    ];
    expect(mismatches(lines)).toEqual([]);
  });

  it('reads no count in a tally of the areas recognised so far', () => {
    const lines = [
      '经组织专家实地验收和会议评审，第九批示范区名单如下：',
      '1.隆安县稻香产业核心示范区',
      '2.南丹县牧歌循环产业核心示范区',
      '截至目前，全区已累计认定62个自治区级核心示范区，带动农民增收。',
    ];
    expect(mismatches(lines)).toEqual([]);
  });
});
