/**
 * A headline's short, counted places ("烟台、德州2地上榜") are where the body's entries lie when
 * the body names a county inside each ("烟台市龙口市：…"): they are no entries of their own. A
 * headline place the body never goes below stays an entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = '记者获悉，民政部确定10个典型经验为第一批全国乡镇政府服务能力建设典型经验。\n';

describe('places of a headline the body goes below', () => {
  it('drops the headline places the body restates with a county inside them', () => {
    const { codes } = readResolved(
      '10个典型经验助力乡镇政府服务能力建设 烟台、德州2地上榜\n' +
        LEAD +
        '其中，山东省有两地上榜，分别是烟台市龙口市：构建科学体系，不断提升乡镇政府服务能力水平；' +
        '德州市临邑县：深化改革，着力加强乡镇政府服务能力建设。\n',
    );
    expect(codes).not.toContain('370600');
    expect(codes).not.toContain('371400');
  });

  it('keeps the headline places when the body names nothing below them', () => {
    const { codes } = readResolved(
      '10个典型经验助力乡镇政府服务能力建设 烟台、德州2地上榜\n' +
        LEAD +
        '其中，山东省有两地上榜，经验分别来自烟台和德州，均在全省推广。\n',
    );
    expect(codes).toEqual(['370600', '371400']);
  });
});

describe('a headline naming one place', () => {
  it('is left to the other readers, even when the body goes below it', () => {
    const { codes } = readResolved(
      '青岛入围2021年智慧健康养老应用试点示范公示名单\n' +
        '日前，三部委联合公示了2021年智慧健康养老应用试点示范名单，青岛市西海岸新区滨海街道作为' +
        '智慧健康养老示范街道，青岛市西海岸新区作为智慧健康养老示范基地位列其中。\n',
    );
    expect(codes).toContain('370200');
  });
});
