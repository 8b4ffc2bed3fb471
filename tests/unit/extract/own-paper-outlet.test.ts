/**
 * A story datelined 本报讯 is the paper's own: its issuer is the paper the reporter's bracket
 * names ("本报讯（某某日报全媒体记者 某某）"), and of a source line naming a site and the paper
 * it carries ("来源：某某网—某某日报"), the paper, and with no other name the paper whose masthead
 * or issue line heads the page. Without 本报讯 the joined name stays.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const BODY = [
  '近年来，全省各地积极推进无障碍环境建设，配合住建部门开展创建工作，取得明显成效。',
  '下一步，省残联将会同有关部门继续推动无障碍环境建设，巩固创建成果。',
  '据介绍，此次授予的市县村镇将在全国范围内发挥示范带头作用。',
  '新闻推荐',
  '某地举办志愿服务集中活动',
];

describe('a story datelined 本报讯', () => {
  it('is issued by the paper its reporter’s bracket names, desk and all cut off', () => {
    const { n } = readResolved(
      [
        '某省两地入选全国无障碍环境示范市县村镇',
        '本报讯（某某日报全媒体记者 李丹）记者2月23日从省残联获悉，近日，有关部门联合发布通知，授予72个市县村镇为“创建全国无障碍环境示范市县村镇”。',
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某日报');
  });

  it('is issued by the paper, not the site, of a source line naming both', () => {
    const { n } = readResolved(
      [
        '我市三家单位入选全国科普教育基地',
        '来源:某某生活网—某某日报 发布:2022-04-16 11:43:56',
        '本报讯(通讯员张某 谢某)近日,中国科协发布第一批全国科普教育基地名单,我市三家单位上榜。',
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某日报');
  });

  it('a source line naming a site and a paper keeps both without 本报讯', () => {
    const { n } = readResolved(
      [
        '我市三家单位入选全国科普教育基地',
        '来源:某某生活网—某某日报 发布:2022-04-16 11:43:56',
        '近日,中国科协发布第一批全国科普教育基地名单,我市三家单位上榜。',
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某生活网—某某日报');
  });
});

describe('a 本报讯 story under its paper’s masthead', () => {
  const story =
    '本报讯 近日,某省政协公布委员联系点名单(第二批),某区某公司的界别委员联络站被确定为委员联系点。';

  it('is issued by the paper whose registration line heads the page', () => {
    const { n } = readResolved(
      ['鹭风报 国内统一刊号 CN-35(Q)第0003号', '发布时间:2022-06-10', story, ...BODY].join('\n'),
    );
    expect(n.metadata.issuer).toBe('鹭风报');
  });

  it('is issued by the paper of the issue and page line after the date', () => {
    const { n } = readResolved(
      ['发布时间:2023-08-18 作者:陈某 点击量:4554 鹭风报1624期02版 侨乡动态', story, ...BODY].join(
        '\n',
      ),
    );
    expect(n.metadata.issuer).toBe('鹭风报');
  });

  it('names no outlet from a masthead above a story not datelined 本报讯', () => {
    const { n } = readResolved(
      ['鹭风报 国内统一刊号 CN-35(Q)第0003号', story.replace('本报讯 ', ''), ...BODY].join('\n'),
    );
    expect(n.metadata.issuer).not.toBe('鹭风报');
  });

  it('takes no paper a sentence names with its issue', () => {
    const { n } = readResolved(
      [
        '某区政协委员联系点揭牌',
        story.replace('近日', '据鹭风报1624期02版报道,近日'),
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuer).not.toBe('鹭风报');
  });
});

describe('an outlet and its channel joined by a middle dot before the dated 讯', () => {
  it('is the outlet, however short its name', () => {
    const { n } = readResolved(
      [
        '全国无障碍环境示范市县村镇表彰 某省8地上榜',
        '晋网·财经频道2月13日讯(记者 李某)近日,有关部门联合发布通知,授予72个市县村镇为“创建全国无障碍环境示范市县村镇”。',
        ...BODY,
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('晋网');
  });
});
