/**
 * Notice metadata in shapes later pages take, each in a composed wording: a news headline
 * shouting in clauses (！/？) as the title, a site's channel or an app's brand beside the
 * outlet, a reporter's byline at the foot, the organ a page's info line names, a 通报 of
 * awards as the list it names, and programmes never read from a headline, a sentence or a
 * bare level word.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { txtDoc } from './helpers';

const read = (text: string, hint?: string) => {
  const doc: SourceDocument = hint ? { ...txtDoc(text), hints: { title: hint } } : txtDoc(text);
  return extractNotice(doc, { fileName: 't' });
};
const meta = (text: string, hint?: string) => read(text, hint).metadata;

const PROSE = [
  '据了解，试点周期为三年，各地要研究制定推进试点工作的配套措施，完善经费保障机制，统筹安排试点工作所需经费，确保试点工作稳妥有序推进。',
  '试点单位要注重总结推广先进经验，研究提炼试点过程中的突出亮点，边试点边总结，宣传推广好经验好模式，发挥试点示范引领作用。',
  '上级主管部门还要会同有关部门对试点单位工作进展情况进行中期评估，试点工作完成后，试点单位应提交全面系统的总结报告。',
].join('\n');

describe('a news headline shouting in clauses', () => {
  it('is the title when one of its clauses is what the body tells', () => {
    const head = '多部门联合批复！青禾省4地入选首批全国试点！快看有你家乡吗？';
    const m = meta(
      [
        head,
        '来源：江畔晚报',
        '好消息！近日，多部门联合公布了首批全国基层善治体系建设试点县名单，青禾省4地入选首批试点。',
        PROSE,
      ].join('\n'),
    );
    expect(m.title).toBe(head);
  });

  it('is matched to its line when the file names it with full-width marks', () => {
    const head = '多部门联合批复！青禾省4地入选首批全国试点！快看有你家乡吗？';
    const m = meta(
      [
        '消息',
        head,
        '来源：江畔晚报',
        '好消息！近日，多部门联合公布了首批全国基层善治体系建设试点县名单，青禾省4地入选首批试点。',
        PROSE,
      ].join('\n'),
      head,
    );
    expect(m.title).toBe(head);
  });

  it('keeps its title when the body repeats its words on each side of the mark', () => {
    const head = '省级名单！柳岸5个村入选';
    const m = meta(
      [
        head,
        '近日，省农业农村厅公布了2022年度乡村振兴示范村创建名单，全省共有300个行政村纳入名单，柳岸县有5个村成功入选。',
        PROSE,
        '柳岸县：东坡镇河湾村、西岭镇石门村、南塘镇新桥村、北山乡茶园村、中和镇双井村。',
        '下一步，各地将以示范创建为抓手，持续改善农村人居环境，带动更多行政村提升治理水平。',
      ].join('\n'),
    );
    expect(m.title).toBe(head);
  });
});

describe('the outlet of a story', () => {
  const HEAD = '青禾县两个社区入选全国示范性老年友好型社区';
  const LEAD =
    '近日，国家卫生健康委、全国老龄办公布了全国示范性老年友好型社区名单，青禾县东坡社区、柳岸社区成功入选。';

  it('is the site before its channel on a source line', () => {
    expect(
      meta([HEAD, '时间：2022-10-02 07:26', '来源：江畔网-青禾频道', LEAD, PROSE].join('\n'))
        .issuer,
    ).toBe('江畔网');
  });

  it('is the site with its channel glued after its name, as the page names it', () => {
    expect(
      meta([HEAD, '发布时间:2014-12-03   来源:江畔在线青禾频道  作者:林晓', LEAD, PROSE].join('\n'))
        .issuer,
    ).toBe('江畔在线青禾频道');
    // A channel alone names no site.
    expect(
      meta([HEAD, '发布时间:2014-12-03   来源:青禾频道  作者:林晓', LEAD, PROSE].join('\n')).issuer,
    ).toBeNull();
  });

  // Joined outlet names are kept whole (the corpus README's convention of 2026-12-07: seven of
  // eight golds of that shape keep the app's brand with its paper).
  it('is the app’s brand and its paper, joined by a middle dot, kept whole', () => {
    expect(
      meta([HEAD, '来源：新江畔·江畔日报  发布时间：2023-01-13', LEAD, PROSE].join('\n')).issuer,
    ).toBe('新江畔·江畔日报');
  });

  it('is the paper in a byline bracket at the foot, a space before 记者', () => {
    expect(meta([HEAD, LEAD, PROSE + '（江畔报 记者林晓、周平）'].join('\n')).issuer).toBe(
      '江畔报',
    );
  });

  it('is the paper on a byline line at the foot, whatever desk its reporter writes for', () => {
    expect(meta([HEAD, LEAD, PROSE, '江畔晚报全媒体记者 林晓'].join('\n')).issuer).toBe('江畔晚报');
  });

  it('is the station in a byline bracket at the foot, without its reporter’s desk', () => {
    expect(
      meta([HEAD, LEAD, PROSE, '（江畔广播电视台全媒体记者林晓 通讯员 周平）'].join('\n')).issuer,
    ).toBe('江畔广播电视台');
  });

  it('is the station without its desk in traditional characters too', () => {
    expect(
      meta([HEAD, LEAD, PROSE, '（江畔廣播電視臺全媒體記者林曉 通訊員 周平）'].join('\n')).issuer,
    ).toBe('江畔廣播電視臺');
  });
});

describe('the organ a page’s info line names', () => {
  it('is the issuer of a page that names no outlet', () => {
    const m = meta(
      [
        '青禾区举行十佳社区服务项目决赛',
        '2022-09-09 10:10 青禾市民政局 字体：[大 中 小]',
        '近日，由青禾区民政局主办的2022年青禾区十佳社区服务项目大赛决赛在区会展中心落幕。',
        '大赛自5月启动以来，共吸引来自全区12个街道的80个社区报名参赛，最终评出十佳项目。',
      ].join('\n'),
    );
    expect(m.issuer).toBe('青禾市民政局');
  });
});

describe('a 通报 of awards', () => {
  it('confirms the winners it names, and is about cases when its title says so', () => {
    const n = read(
      [
        '青禾市民政局关于“青禾民政创新发展典型案例”评选活动获奖情况的通报',
        '青民发〔2016〕12号',
        '各区民政局，局属各单位：',
        '市民政局于2016年组织开展了“青禾民政创新发展典型案例”评选活动，经申报评审，市民政局决定，对获奖案例予以通报表扬。',
        '附件：“青禾民政创新发展典型案例”评选活动获奖名单',
        '青禾市民政局',
        '2016年12月2日',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('confirmation');
    expect(n.metadata.kind).toBe('case_list');
  });
});

describe('a chapter’s heading over the text', () => {
  it('gives no role: the chapter of a rules document on acceptance is still rules', () => {
    const n = read(
      [
        '第六章 验收与考核',
        '第二十条 示范园区建设期满后，由省级主管部门组织专家进行验收，验收结果分为优秀、合格和不合格三个等级。',
        '第二十一条 验收不合格的，限期一年整改，整改后仍不合格的，撤销其示范园区称号。',
        '第二十二条 示范园区每年12月底前向省级主管部门报送年度工作总结，建设期为三年。',
      ].join('\n'),
      // A PDF's own title names the page's heading.
      '第六章 验收与考核',
    );
    expect(n.metadata.title).toBe('第六章 验收与考核');
    expect(n.metadata.role).toBe('rules_only');
  });
});

describe('the programme a list is named by', () => {
  it('is never a headline that exclaims, nor a sentence opened by its purpose', () => {
    expect(listName('全国示范！柳岸县2个村（社区）成功入选')).toBeNull();
    expect(listName('为能高质量完成“青禾流域节水灌溉规模化示范”')).toBeNull();
    expect(listName('2021年度青禾市美丽庭院示范名单')?.name).toBe('青禾市美丽庭院示范');
  });

  it('ends at 精品案例 as at 典型案例', () => {
    expect(programmeIn('青禾省市域社会治理创新实践十大精品案例发布', null)?.name).toBe(
      '青禾省市域社会治理创新实践十大精品案例',
    );
  });

  it('of a list headed by a bare level word is the notice’s whole programme', () => {
    const n = read(
      [
        '第九批全国民族团结进步示范区示范单位',
        '日前，国家民族事务委员会决定命名第九批全国民族团结进步示范区示范单位，青禾省有3个地方和单位被命名。',
        '示范区（2个）',
        '序号\t州（市）\t县（市、区）',
        '1\t昆明市\t富民县',
        '2\t丽江市\t古城区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.programme)).toEqual([
      '全国民族团结进步示范区示范单位',
      '全国民族团结进步示范区示范单位',
    ]);
  });
});
