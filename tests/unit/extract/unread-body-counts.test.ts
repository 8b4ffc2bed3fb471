/**
 * Never silent: a count closing a run of honoured bodies, or a naming's total, with nothing
 * read warns; a count of what a project covers or who applied does not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatch = (text: string) =>
  readResolved(text).n.warnings.filter((w) => w.code === 'count_mismatch');

describe('counts of honoured bodies and named totals', () => {
  it('warns when a run of bodies closed by 等N家 and an honour is not read', () => {
    const w = mismatch(
      '十百千示范社会组织\n' +
        '近日，我市市恒德社会工作服务中心、常德鸿志中等职业技术学校、石门县康乐福居家养老服务中心等17家社会组织被评为全省第一批“十百千”示范社会组织。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([17]);
  });

  it('warns for a company opening with its province’s short name that lost the title', () => {
    const w = mismatch(
      '取消称号的通知\n' +
        '根据考核结果，北京凯捷风公交客运有限责任公司等89家单位不再符合全国“敬老文明号”认定标准。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([89]);
  });

  it('leaves bodies counted before what they did', () => {
    expect(
      mismatch(
        '座谈会\n会上，浙江省园艺行业协会、嘉兴市邻里互助发展中心、湖州市某某服务中心等5家社会组织作了交流发言。\n',
      ),
    ).toEqual([]);
  });

  it('warns for a chosen total when nothing was read', () => {
    const w = mismatch(
      '成都市评出30个优秀儿童之家\n' +
        '本报讯 日前，评选活动结果已经正式出炉，全市共30个儿童之家入选2019年成都市优秀儿童之家。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([30]);
  });

  it('warns for a naming’s total over the one unit a story names', () => {
    const w = mismatch(
      '石门县楚江镇观山社区获“市级科普示范社区”称号\n' +
        '常德市科学技术协会发出通知，决定命名全市14个社区为“常德市科普示范社区”，观山社区榜上有名。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([14]);
  });

  it('leaves the country’s naming total where the story tells its own place’s share', () => {
    expect(
      mismatch(
        '我省社区入选全国示范社区\n' +
          '民政部决定命名全国642个社区为全国示范社区，我省武汉市江岸区百步亭社区名列其中。\n',
      ),
    ).toEqual([]);
    expect(
      mismatch(
        '我市社区获命名\n省民政厅决定命名全省120个社区为省级示范社区，我市3个社区榜上有名。\n',
      ).map((x) => x.stated),
    ).not.toContain(120);
  });

  it('leaves a naming’s total told again after the sentence whose example was read', () => {
    expect(
      mismatch(
        '本报讯 省减灾委员会近日下发通知，决定命名郑州市郑东新区祭城路街道正光街社区等100个社区为2020年度“河南省综合减灾(安全)示范社区”。我市洗耳河街道刘庄社区、大峪镇大峪村榜上有名。\n' +
          '经审核，命名100个社区为2020年度河南省综合减灾(安全)示范社区。\n',
      ),
    ).toEqual([]);
  });

  it('warns for a total told by its places’ shares when nothing was read', () => {
    const w = mismatch(
      '贵州第三批森林康养试点基地\n20家单位包括贵阳市4家、遵义市4家、六盘水市1家、安顺市2家、省直单位1家。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([20]);
  });

  it('warns for examples’ count and their outcome when nothing was read', () => {
    const w = mismatch(
      '国家林业和草原局关于试点国家湿地公园验收情况的通知\n一、验收结果\n北京房山长沟泉水等158处试点建设的国家湿地公园通过验收，正式成为“国家湿地公园”。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([158]);
  });

  it('leaves examples counted as those who acted', () => {
    expect(mismatch('工作进展\n长春市等24个市、县（区）先后出台了社区治理的实施意见。\n')).toEqual(
      [],
    );
  });

  it('leaves a total split by anything but places', () => {
    expect(mismatch('养老服务\n全市共有20家养老机构，包括公办5家、民办15家。\n')).toEqual([]);
  });

  it('still warns for a selection’s total equal to the count closing a read example', () => {
    const w = mismatch(
      '重磅好消息！首届“中国城市治理创新奖”6月14日在北京大学揭晓，长宁区民政局申报的居民区分类治理清单模式等10个地方城市治理创新项目荣获优胜奖。6月14日，组委会最终评选出10个优胜奖项目、12个入围奖项目和1个网络人气奖项目。\n' +
        '图片说明：颁奖大会现场\n' +
        '长宁区民政局申报的居民区分类清单模式究竟是什么？下面就跟着小编一起来了解一下这个项目吧。\n' +
        '居民区分类治理清单模式\n' +
        '长宁区地处上海市中心城区西部，近年来以绣花精神深入开展社区分类治理工作。\n',
    );
    expect(w.map((x) => x.stated)).toEqual([10]);
  });

  it('leaves a count of what a project covers or who applied', () => {
    expect(mismatch('项目覆盖\n该项目覆盖全市共30个社区，惠及5万人。\n')).toEqual([]);
    expect(mismatch('报名\n全市共30个社区报名参加评选。\n')).toEqual([]);
  });
});
