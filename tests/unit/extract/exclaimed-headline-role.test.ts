/**
 * A headline that cheers or teases its readers ("名单出炉!…", "…有你家乡吗?", "【喜报】…") is a
 * story's own voice: the page is news and that headline is its title, even when the page
 * reposts the document it cheers below it. Composed from the shapes of real pages.
 */
import { describe, expect, it } from 'vitest';
import { exclaimedHeadline } from '../../../src/main/core/import/extract/exclaimed-headline';
import { readResolved } from './helpers';

const REPOST = [
  '福建省林业局',
  '福建拟命名3个省级森林城镇,有你家乡吗?',
  '来源:福建省林业局',
  '关于2021年拟定福建省森林城镇的公示',
  '根据有关规定,经城镇自查达标、县级审核同意、省级评价合格,拟将以下城镇命名为“福建省森林城镇”,现予以公示。公示期为五个工作日。',
  '武夷山市五夫镇',
  '政和县铁山镇',
  '尤溪县尤溪口镇',
  '福建省绿化委员会办公室',
  '2021年12月9日',
];

describe('a headline that exclaims or asks', () => {
  it('makes a page reposting a 公示 news, titled by its headline', () => {
    const { n } = readResolved(REPOST.join('\n'));
    expect(n.metadata.role).toBe('news');
    expect(n.metadata.title).toBe('福建拟命名3个省级森林城镇,有你家乡吗?');
  });

  it('leaves a document set whole right under the cheer that document', () => {
    const whole = REPOST.filter((_, i) => i !== 0 && i !== 2);
    expect(readResolved(whole.join('\n')).n.metadata.role).toBe('confirmation');
  });

  it('leaves an organ’s own document whose title a site closes with a mark that document', () => {
    const notice = (title: string) =>
      [
        title,
        '民函〔2021〕12号',
        '各省、自治区、直辖市民政厅（局），新疆生产建设兵团民政局：',
        '经地方申报、省级推荐、专家评审，民政部决定确认以下单位为第三批全国农村社区治理实验区：',
        '北京市密云区',
        '河北省邢台市信都区',
        '山西省晋中市榆次区',
        '民政部',
        '2021年3月12日',
      ].join('\n');
    for (const title of [
      '民政部关于确认第三批全国农村社区治理实验区的通知！',
      '关于第三批全国农村社区治理实验区名单的公示!',
    ])
      expect(readResolved(notice(title)).n.metadata.role).toBe('confirmation');
    // A cheer that goes on after the list's name is still the story's own.
    expect(exclaimedHeadline('省级名单！平和1个社区上榜！')).toBe(true);
  });

  it('leaves the same 公示 without the headline to its own title and role', () => {
    const { n } = readResolved(REPOST.filter((_, i) => i !== 1).join('\n'));
    expect(n.metadata.role).toBe('confirmation');
    expect(n.metadata.title).toBe('关于2021年拟定福建省森林城镇的公示');
  });

  it('keeps a cheering headline the body hardly repeats as the title', () => {
    const page = [
      '八年悉心苦经营,终于等来这一天!',
      '彩旗招展,鼓乐齐鸣。6月16日上午,曹家王庄小区在小区主大门前隆重举行“国家级绿色社区”揭牌仪式,来自市政府、市环保局、区委区政府的各级领导以及各友好社区、新闻媒体的朋友出席了揭牌仪式,共同见证这一时刻。',
      '在简朴而隆重的揭牌仪式上,先由社区党总支书记向各位领导、嘉宾汇报了绿色社区创建情况,接着由副区长精彩发言,市环保局局长热情致词,而后在礼炮与鼓乐声中,由副市长为“国家级绿色社区”揭牌,小区的总体规划、生活配套、园林绿化跨上了新的台阶。',
    ];
    expect(readResolved(page.join('\n')).n.metadata.title).toBe('八年悉心苦经营,终于等来这一天!');
  });

  it('never takes a reply’s or a greeting’s cry over the page’s own headline', () => {
    const page = (cry: string) =>
      [
        '全国爱卫办组织专家对2018年进入复审程序的国家卫生城市进行了评审',
        cry,
        '据国家卫生健康委员会微信公号消息，全国爱卫办组织专家对2018年进入复审程序的国家卫生城市进行了评审，对各地上报的国家卫生县城复审结果进行了抽查。',
        '重新确认北京市怀柔区等93个城市（区）为国家卫生城市（区）。',
      ].join('\n');
    for (const cry of ['溧阳呢？好像没有哦', '您好,欢迎来到某某集团!'])
      expect(readResolved(page(cry)).n.metadata.title).toBe(
        '全国爱卫办组织专家对2018年进入复审程序的国家卫生城市进行了评审',
      );
  });

  it('reads the marks, not a garbled character or a quoted slogan', () => {
    expect(exclaimedHeadline('名单出炉!我县省级文明村镇再添新军!')).toBe(true);
    expect(exclaimedHeadline('婚俗改革到底應該怎么改？')).toBe(true);
    expect(exclaimedHeadline('【喜报】我市23个乡村入选第五批中国传统村落名录')).toBe(true);
    // An unreadable character shown as ? or a run of marks is no question.
    expect(exclaimedHeadline('关于公布第?批全国示范村的通知')).toBe(false);
    expect(exclaimedHeadline('某市??社区获评示范社区')).toBe(false);
    // A slogan in quotes is the campaign's name, not the title's voice.
    expect(exclaimedHeadline('关于开展“文明出行 从我做起!”活动的通知')).toBe(false);
    // Other bracketed columns are no cheer.
    expect(exclaimedHeadline('【和谐家园共建】')).toBe(false);
  });
});
