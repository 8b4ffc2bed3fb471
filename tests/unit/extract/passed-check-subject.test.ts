/**
 * A place told as the subject of the acceptance it passed in its programme ("某区作为…示范县创建试点
 * 已于10月份通过国家减灾委现场验收", "10月25日，某县…顺利通过…示范县验收评估") is that programme's
 * unit with its pass, dated on the day its clause opens on; a place of another programme named in
 * the next sentence keeps its own list and no status. Look-alikes: a pass hoped for, a check only
 * held, a team passing by its means, a pass told of no named check, one of several places.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import {
  detectPassedCheckSubjects,
  passedOnToldDay,
} from '../../../src/main/core/import/extract/passed-check-subject';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import type { Outcome } from '../../../src/main/core/import/extract/outcomes';

describe('a place told as passing its programme’s acceptance', () => {
  it('as a pilot that passed an on-site check is that programme’s accepted unit', () => {
    const { n, codes } = readResolved(
      [
        '全市创建综合减灾示范社区463个',
        '2023-12-14 18:06 某某新闻',
        '截至目前，全市累计创建综合减灾示范社区463个。崂山区作为全国首批13个综合减灾示范县创建试点已于10月份通过国家减灾委现场验收。崂山区、城阳区和西海岸新区3个区获批省级综合减灾示范县。',
      ].join('\n'),
    );
    const national = n.records.filter((r) => r.programme === '全国综合减灾示范县');
    expect(national).toHaveLength(1);
    expect(national[0]?.batch).toBe('首批');
    expect(national[0]?.outcome?.status).toBe('已验收');
    // The province's own programme: its three districts, none with the national pass.
    const provincial = n.records.filter((r) => r.programme === '省级综合减灾示范县');
    expect(provincial.map((r) => r.regionText)).toEqual(['崂山区', '城阳区', '西海岸新区']);
    expect(provincial.every((r) => !r.outcome)).toBe(true);
    expect(codes.filter((c) => c === '370212')).toHaveLength(2);
  });

  it('opening a dated clause that ends in a pass of the named check is accepted that day', () => {
    const { n, codes } = readResolved(
      [
        '某县顺利通过验收评估',
        '发布时间:2023-10-26 17:15 来源:某县应急管理局',
        '10月25日，安化县召开全国综合减灾示范县创建试点现场验收评估反馈会，顺利通过全国综合减灾示范县验收评估。',
      ].join('\n'),
    );
    expect(codes).toEqual(['430923']);
    expect(n.records[0]?.programme).toBe('全国综合减灾示范县');
    expect(n.records[0]?.outcome).toEqual({ status: '已验收', on: '2023-10-25' });
  });

  it('states no pass hoped for, nor a check only held', () => {
    for (const line of [
      '安化县力争年底前通过全国综合减灾示范县验收评估。',
      '10月25日，安化县召开全国综合减灾示范县创建试点现场验收评估反馈会。',
      '安化县将于明年通过全国综合减灾示范县验收评估。',
    ]) {
      const { n } = readResolved(['某县综合减灾工作', '2023-10-26', line].join('\n'));
      expect(n.records.some((r) => r.outcome?.status === '已验收')).toBe(false);
    }
  });

  it('reads no place passing by the means of a check, nor one of several', () => {
    const { n } = readResolved(
      [
        '验收工作开展',
        '2023-10-26',
        '验收组通过查阅资料、实地查看等方式，对安化县创建工作进行验收评估。',
        '安化县、桃江县通过全国综合减灾示范县验收评估的消息传来。',
      ].join('\n'),
    );
    expect(n.records.some((r) => r.outcome?.status === '已验收' && r.regionText === '安化县')).toBe(
      false,
    );
  });

  it('reads no city whose counties passed (某市的A、B…4县通过了…验收)', () => {
    const doc = keyText(
      '南宁市宣布:南宁市的武鸣、上林、马山、隆安4县通过了国家生态示范区考核验收组的验收。',
    );
    expect(detectPassedCheckSubjects(doc, gazetteerRegionLookup())).toEqual([]);
  });

  it('reads no pass of a check the sentence does not name', () => {
    const doc = keyText('安化县顺利通过验收，各项工作稳步推进。');
    expect(detectPassedCheckSubjects(doc, gazetteerRegionLookup())).toEqual([]);
  });

  it('dates a pass by the day its clause opens on, the year before when it falls later', () => {
    const key = '12月30日，某县通过某某示范县验收评估。3月5日，某区召开动员会。某区通过验收。';
    const on = (issuedOn: string | null, regionText: string) => {
      const outcome: Outcome = { status: '已验收' };
      return passedOnToldDay(key, issuedOn, [{ outcome, regionText }])[0]?.outcome?.on;
    };
    expect(on('2024-01-05', '某县')).toBe('2023-12-30');
    expect(on('2024-12-31', '某县')).toBe('2024-12-30');
    expect(on(null, '某县')).toBeUndefined();
    // The day of a clause that tells no pass of its unit dates nothing.
    expect(on('2024-12-31', '某区')).toBeUndefined();
  });
});
