/**
 * A case series' page: the series heading, the case's title, a dash subtitle opening with the
 * county. One case at the county, the title line its title; a feature story's dash subtitle under
 * a headline that names no series is none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title), role: n.metadata.role };
}

const BODY =
  '永顺县位于湖南省西北部，地处武陵山脉地带，以土家族为主。为此，永顺县积极响应上级殡葬制度改革要求，强力推进殡葬制度改革。';

describe('a case series page', () => {
  it('reads the case under its series at the county its subtitle opens with', () => {
    const { codes, titles, role } = read([
      '改革聚焦',
      '湘西州全面深化改革案例',
      '转变殡葬观念 建设美丽永顺',
      '——永顺县探索推进殡葬制度改革成效显著',
      '□ 州委改革办',
      BODY,
    ]);
    expect(titles).toEqual(['转变殡葬观念 建设美丽永顺']);
    expect(codes).toEqual(['433127']);
    // The page writes its case up: a story of the case, confirming no list of its own.
    expect(role).toBe('news');
  });

  it('leaves a feature story whose headline names no case series', () => {
    const { titles } = read([
      '转变殡葬观念 建设美丽永顺',
      '——永顺县探索推进殡葬制度改革成效显著',
      '本报记者 某某',
      BODY,
    ]);
    expect(titles).toEqual([]);
  });

  it('reads every case of a series page, each title over its own subtitle', () => {
    const { codes, titles } = read([
      '民政部发布全国养老服务典型案例',
      '全国养老服务典型案例',
      '小食堂撬动大民生',
      '——北京市朝阳区推进社区老年食堂建设',
      '朝阳区积极推进社区食堂建设，解决老年人就餐难。',
      '智慧养老暖人心',
      '——上海市静安区探索智慧养老服务',
      '静安区依托信息平台，为老年人提供服务。',
    ]);
    // Not the first case standing for the page: each pair is its own case.
    expect(titles).toEqual(['小食堂撬动大民生', '智慧养老暖人心']);
    expect(codes).toEqual(['110105', '310106']);
  });
});
