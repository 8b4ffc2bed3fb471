/**
 * Enterprises a story names in one run of prose (enterprise-runs.ts): each titled by its whole
 * registered name at the place it opens with, what its sentence or the one it points back to
 * says befell it its outcome; companies listed for anything else are no entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titles = (text: string) => readResolved(text).n.records.map((r) => r.title);

describe('enterprises named in one run after 分别是', () => {
  it('reads each struck-off company whole, at its place, revoked', () => {
    const { n } = readResolved(
      '某市公布市级重点龙头企业监测结果\n' +
        '本报讯 市农业农村局日前对12家监测不合格的企业予以除名。它们分别是：洛阳市丰源牧业有限公司、' +
        '偃师市绿野庄园、河南省嘉禾食品有限公司、洛阳金谷面粉厂，这些企业将被收回“市级重点龙头企业”证牌。\n',
    );
    expect(n.records.map((r) => [r.title, r.regionText, r.outcome?.status])).toEqual([
      ['洛阳市丰源牧业有限公司', '洛阳市', '已撤销'],
      ['偃师市绿野庄园', '偃师市', '已撤销'],
      ['河南省嘉禾食品有限公司', '河南省', '已撤销'],
      ['洛阳金谷面粉厂', '洛阳市', '已撤销'],
    ]);
  });

  it('reads a naming run with no outcome', () => {
    const { n } = readResolved(
      '关于认定第三批省级示范家庭农场的通知\n' +
        '经评审，认定为第三批省级示范家庭农场的分别为：宁陵县张庄家庭农场、柘城县丰收专业合作社。\n',
    );
    expect(n.records.map((r) => [r.title, r.regionText, r.outcome?.status])).toEqual([
      ['宁陵县张庄家庭农场', '宁陵县', undefined],
      ['柘城县丰收专业合作社', '柘城县', undefined],
    ]);
  });
});

describe('enterprises as the subject of the verb that makes them units', () => {
  it('reads the run before 被递补为, each at its place', () => {
    const { n } = readResolved(
      '某省2家企业递补为国家重点龙头企业\n' +
        '此外，该省新增2家递补企业，绵阳市富乐食品股份有限公司、泸州老窖股份有限公司被递补为农业产业化国家重点龙头企业。\n',
    );
    expect(n.records.map((r) => [r.title, r.regionText])).toEqual([
      ['绵阳市富乐食品股份有限公司', '绵阳市'],
      ['泸州老窖股份有限公司', '泸州市'],
    ]);
  });

  it('reads a title taken away with 取消了…资格 as revoked', () => {
    const { n } = readResolved(
      '某省龙头企业监测结果出炉\n' +
        '该省有2家企业被取消了农业产业化国家重点龙头企业资格，分别是绵阳市富乐食品股份有限公司、泸州老窖股份有限公司。\n',
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已撤销', '已撤销']);
  });

  it('leaves a run of companies that only take part in a meeting', () => {
    expect(
      titles(
        '全市重点龙头企业座谈会召开\n' +
          '会上，绵阳市富乐食品股份有限公司、泸州老窖股份有限公司负责人介绍了示范基地建设经验。\n',
      ),
    ).toEqual([]);
  });
});

describe('companies listed for anything else', () => {
  it('leaves the bidders of a tender alone', () => {
    expect(
      titles(
        '某市示范园区建设项目中标结果公告\n' +
          '经评标，市级示范园区建设项目中标单位分别为：郑州市宏达建设有限公司、河南省路桥工程有限公司。\n',
      ),
    ).not.toContain('郑州市宏达建设有限公司');
  });

  it('leaves the companies attending a meeting alone', () => {
    expect(
      titles(
        '全市龙头企业座谈会召开\n' +
          '全市龙头企业座谈会召开，参会企业包括：郑州市康源食品有限公司、新郑市枣乡实业有限公司等，会议由市农委主持。\n',
      ),
    ).not.toContain('郑州市康源食品有限公司');
  });

  it('reads no run whose names are not all enterprises', () => {
    expect(
      titles(
        '关于命名省级示范乡镇的通知\n' +
          '命名的乡镇分别是：中牟县官渡镇、新郑市龙湖镇、郑州市康源食品有限公司。\n',
      ),
    ).not.toContain('郑州市康源食品有限公司');
  });

  it('reads no run of companies a policy gives as examples', () => {
    expect(
      titles(
        '关于推进农业产业化发展的意见\n' +
          '培育一批示范企业，包括郑州市康源食品有限公司、新郑市枣乡实业有限公司。\n',
      ),
    ).toEqual([]);
  });
});

describe('a 资格 taken away that is no standing', () => {
  it('makes no entries of companies whose right to be rated is taken away', () => {
    expect(
      titles(
        '某市示范社监测结果\n' +
          '经监测，以下合作社被取消了评优资格，分别是：宁陵县张庄专业合作社、柘城县丰收专业合作社。\n',
      ),
    ).toEqual([]);
  });

  it('makes no entries of applicants struck from a review', () => {
    expect(
      titles(
        '关于第三批省级示范家庭农场评审的公告\n' +
          '以下申报单位被取消了参评资格，分别是：宁陵县张庄家庭农场、柘城县丰收专业合作社。\n',
      ),
    ).toEqual([]);
  });

  it('keeps a named farm unrevoked when only its subsidy is taken away', () => {
    const { n } = readResolved(
      '关于认定第三批省级示范家庭农场的通知\n' +
        '经评审，认定为第三批省级示范家庭农场的分别为：宁陵县张庄家庭农场、柘城县丰收专业合作社。' +
        '其中宁陵县张庄家庭农场因虚报面积被取消了本年度补贴资格。\n',
    );
    expect(n.records.map((r) => [r.title, r.outcome?.status])).toEqual([
      ['宁陵县张庄家庭农场', undefined],
      ['柘城县丰收专业合作社', undefined],
    ]);
  });
});
