/**
 * Whose page it is and what it does, each shape in a composed wording: a page with no sign
 * of an organ's own document that bears one sign of a story is news (a retold selection, a
 * check by a visiting team told after the fact, a headline that units passed, a document
 * quoted after "原文如下"); a government page's disclosure fields mark the organ's own page;
 * a story retelling a call with its application deadlines is the call, a title telling that
 * an application succeeded is no call; the outlet of a byline, of a site the story is passed
 * on from, or of a paper a page is excerpted from.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

const WORK =
  '各村坚持党建引领，完善村民议事协商机制，推动公共服务向村组延伸，群众满意度明显提升。\n';

describe('a page with no sign of an organ’s own document', () => {
  it('is news when it retells another organ’s list, even one quoting the document', () => {
    const text =
      '第三批乡村治理示范村名单\n' +
      '10月29日，农业农村部官网发布通知，公布了第三批乡村治理示范村名单。\n' +
      WORK +
      '通知原文如下：\n' +
      '各省、自治区、直辖市农业农村厅：\n' +
      '现将第三批乡村治理示范村名单予以公布。\n';
    expect(extract(text).metadata.role).toBe('news');
    // Without the story's lead the same quoted document is the organ's own.
    const own = text.replace(/^.*通知原文如下：\n/s, '第三批乡村治理示范村名单\n');
    expect(extract(own).metadata.role).not.toBe('news');
  });

  it('is news when it tells a visiting team’s check after the fact, whatever the units scored', () => {
    const text =
      '8个示范村建设情况\n' +
      '本月，市考核组对我县8个示范村进行了考核验收，8个村全部达到标准，群众反映良好。\n' +
      WORK;
    expect(extract(text).metadata.role).toBe('news');
  });

  it('is news when its headline tells that units passed a check', () => {
    const ex = extract('东江县6个示范村全部通过复核被保留\n' + WORK);
    expect(ex.metadata.role).toBe('news');
  });

  it('is the organ’s own when the page shows its disclosure fields', () => {
    const text =
      '东江市第二批实验区申报专家论证\n' +
      '发布时间：2022-07-26 字体：[大 中 小]\n' +
      '索引号：002668098Y/2022-100832\n' +
      '7月8日，市民政局召开第二批实验区申报专家论证会，专家对各地实验方案逐一提出修改意见。\n';
    expect(extract(text).metadata.role).toBe('progress_report');
    expect(extract(text.replace(/索引号.*\n/, '')).metadata.role).toBe('news');
  });
});

describe('calls and their outcomes', () => {
  it('a story retelling a call with its application deadlines is the call', () => {
    const ex = extract(
      '两部门联合发文开展美丽村庄申报认定工作\n' +
        '2023-03-20 字体：[大 中 小]\n' +
        '近日，两部门印发通知，共同开展美丽村庄申报认定工作。\n' +
        '通知明确，申报认定分两批开展，申报截止日期分别为2023年4月17日和8月31日。\n',
    );
    expect(ex.metadata.role).toBe('application_call');
    expect(ex.rules.filter((r) => r.kind === 'deadline').map((r) => r.params.date)).toEqual([
      '2023-04-17',
      '2023-08-31',
    ]);
  });

  it('a title telling that an application succeeded is no call', () => {
    const ex = extract(
      '东江县成功申报首批农村社区治理实验区\n' +
        '2017年12月东江县成功申报首批农村社区治理实验区，实验时间为期3年。近日县政府出台实施意见。（根据省民政厅信息整理）\n',
    );
    expect(ex.metadata.role).toBe('news');
  });
});

describe('rules stated in a few more words', () => {
  it('a construction period stated as 建设期为N年 is a cycle', () => {
    const ex = extract('第十九条 园区建设期为三年，建设期满后提出验收申请。\n');
    const cycle = ex.rules.find((r) => r.kind === 'cycle');
    expect(cycle?.params.years).toBe(3);
  });

  it('an objection window told by its end only', () => {
    const dated = extract('拟推荐名单公示\n本次公示期截止至2019年12月9日。\n').rules;
    expect(dated.find((r) => r.kind === 'objection_window')?.params.to).toBe('2019-12-09');
    const undated = extract('拟推荐名单公示\n公示期到8月6日结束。\n').rules;
    expect(undated.map((r) => r.kind)).toContain('objection_window');
  });
});

describe('a story’s outlet', () => {
  it('is named by its byline, on a line of its own or in a bracket at the end', () => {
    const line = extract(
      '东江两区成为创新经验单位\n读特记者 刘良龙 通讯员 谭明 文/图\n' +
        '12月25日，省民政厅举办创新经验推广交流会，东江两区受到表彰。\n',
    );
    expect(line.metadata.issuer).toBe('读特');
    const bracket = extract(
      '第六届社区治理论坛在东江开幕\n9月19日，第六届社区治理论坛在东江开幕。' +
        '来自全国的代表齐聚东江。（东江日报记者李墨、通讯员田畯）\n',
    );
    expect(bracket.metadata.issuer).toBe('东江日报');
    // A paper's own reporter names no outlet.
    const own = extract(
      '第六届社区治理论坛在东江开幕\n本报记者 李墨\n9月19日，第六届社区治理论坛在东江开幕。\n',
    );
    expect(own.metadata.issuer).toBeNull();
  });

  it('is the site a story is passed on from, or the paper a page is excerpted from', () => {
    const passed = extract(
      '项目部到东江县验收评审春晖项目\n据东江州人民政府网3月2日，项目部到东江县验收评审春晖项目。\n' +
        WORK,
    );
    expect(passed.metadata.issuer).toBe('东江州人民政府网');
    expect(passed.metadata.role).toBe('news');
    const excerpt = extract(
      '完整社区建设案例集（第一批）\n' +
        '住房城乡建设部总结梳理了10个完整社区建设典型案例，组织编制了案例集，于日前印发。\n' +
        '摘自 《中国建设报》2024.02.08辛雯\n',
    );
    expect(excerpt.metadata.issuer).toBe('中国建设报');
    expect(excerpt.metadata.role).toBe('news');
  });

  it('is a county’s merged newsroom named on its source line, whatever the story tells', () => {
    const story = extract(
      '东江路9号院：从“脏乱差”到“议事厅”\n' +
        '2024-01-10　来源：东江区融媒体中心\n' +
        '走进东江区东江路9号院，几位老人正在“居民议事厅”前晒太阳。\n' +
        '2023年，《东江区群策群力共建和谐院坝》入选全国创新社会治理推荐案例。\n',
    );
    expect(story.metadata.issuer).toBe('东江区融媒体中心');
    expect(story.metadata.role).toBe('news');
  });
});

describe('who issues, and what programme a headline names', () => {
  it('of organs signing together, the one the body names as deciding', () => {
    const body =
      '2022年度东江市示范村拟命名名单公示\n' +
      '经各村申报、各镇初审，经市司法局2023年第9次局长办公会会议审定同意，拟命名东江镇新建村等3个村为示范村。现将拟命名名单予以公示。\n' +
      '东江市司法局 东江市民政局\n2023年4月18日\n';
    expect(extract(body).metadata.issuer).toBe('东江市司法局');
    // No organ named as deciding: all sign.
    expect(extract(body.replace(/经市司法局[^，]*审定同意，/, '')).metadata.issuer).toBe(
      '东江市司法局 东江市民政局',
    );
  });

  it('a zone’s name in front of a unit that was selected is its place, not the programme', () => {
    const ex = extract(
      '毛集实验区臧巷村入选全国村级议事协商创新实验试点单位\n近日，民政部公布了全国村级议事协商创新实验试点单位，我市毛集实验区焦岗湖镇臧巷村入选。\n',
    );
    expect(ex.metadata.programme).toBe('全国村级议事协商创新实验试点单位');
  });
});

describe('a story’s headline and its signer’s place', () => {
  it('the headline over the page’s info line beats a list heading the story quotes', () => {
    const ex = extract(
      [
        '厉害！恭喜东江这个村入选“国家森林乡村”',
        '浏览次数： 字体：[大 中 小]',
        '近日',
        '国家森林乡村名单',
        '江西省两批共有430个村',
        '据了解，森林乡村是指乡村自然生态风貌保存完好、森林氛围浓郁的乡村，经综合评价认定。',
        '江西入选的村具体名单如下',
        '南昌县：冈上镇蚕石村、黄马乡罗渡村',
      ].join('\n'),
    );
    expect(ex.metadata.title).toBe('厉害！恭喜东江这个村入选“国家森林乡村”');
    // The quoted heading and the story's own "名单如下" name one list, which was read.
    expect(ex.warnings.map((w) => w.code)).not.toContain('unread_list');
  });

  it('a bare 县民政局 is the county whose village the page names as its own', () => {
    const ex = extractNotice(
      txtDoc(
        '省民政厅指导组来我县调研村级议事协商工作\n' +
          '作者：肖帆 发布时间：2023-02-10 16:12 信息来源： 县民政局\n' +
          '2月10日，省民政厅指导组对我县马路镇云台山村村级议事协商创新实验试点工作进行调研指导。\n',
      ),
      { fileName: 't', regions: gazetteerRegionLookup() },
    );
    expect(ex.metadata.issuer).toBe('安化县民政局');
  });
});

describe('a reposted story’s own outlet and date', () => {
  it('the outlet’s stamp under the headline, over the reposting site’s info line', () => {
    const ex = extract(
      '2023全国城乡社区典型案例在京发布\n' +
        '发布时间：2023-05-12 来源：社区治理处 字体：[大 中 小]\n' +
        '2023全国城乡社区典型案例在京发布\n' +
        '人民日报客户端2023-12-11 17:55\n' +
        '12月10日，首届中国城乡社区高质量发展论坛在京举办，论坛发布了2023全国城乡社区典型案例。\n',
    );
    expect(ex.metadata.issuer).toBe('人民日报客户端');
    expect(ex.metadata.issuedOn).toBe('2023-12-11');
  });

  it('a page excerpted from a paper is dated by the paper’s issue', () => {
    const ex = extract(
      '完整社区建设案例集（第一批）\n' +
        '住房城乡建设部总结梳理了10个完整社区建设典型案例，组织编制了案例集，于日前印发。\n' +
        '摘自 《中国建设报》2024.02.08辛雯\n',
    );
    expect(ex.metadata.issuedOn).toBe('2024-02-08');
  });
});

describe('a yearly collection named bare in a headline', () => {
  it('is called by the year and place the text writes it out with', () => {
    const ex = extract(
      '东江发布11个基层治理创新典型案例 推进基层治理现代化\n' +
        '2022年12月16日讯：昨天，市民政局发布“2022年度东江市基层治理创新典型案例名单”，宣传展示各区经验做法。\n',
    );
    expect(ex.metadata.programme).toBe('2022年度东江市基层治理创新典型案例');
  });
});

describe('a headline’s page furniture', () => {
  it('drops a site’s column tag before it and a note of pictures after it', () => {
    const ex = extract(
      '[新闻]东江公布2015年美丽乡村示范村名单 合兴村等21个村上榜(图)\n' +
        '提交于: 2015-12-17 22:52\n' +
        '东江网讯 近日，东江县公布2015年美丽乡村示范村名单，合兴村等21个村上榜。\n',
    );
    expect(ex.metadata.title).toBe('东江公布2015年美丽乡村示范村名单 合兴村等21个村上榜');
  });
});
