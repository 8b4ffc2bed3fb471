/**
 * A programme named only by its list (no unit word such as 实验区 or 示范村 ends its name):
 * two or three kinds a list names together stay one name, in quotes before 名单, in a cited
 * "关于公布…名单的通知" or in a headline that is only the list's name; a register keeps its
 * 保护名录; the lists of each kind are parts of that programme. Then the role of a page that
 * retells a list: an office's news item signed by its author, a site quoting the document.
 * And the score: a province's programme written with its name and 省级 both is its own.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { listedProgramme } from '../../../src/main/core/import/extract/listed-programme';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import type { LedgerRecord } from '../../../src/shared/domain';
import type { GoldNotice } from '../../support/corpus/load';
import { scoreMetadata } from '../../support/corpus/score';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

describe('a programme named only by its list', () => {
  it('keeps the kinds a quoted list names together', () => {
    expect(listedProgramme('2024年“江南百年老街、百年老巷”名单出炉', '', null)?.name).toBe(
      '江南百年老街、百年老巷',
    );
  });

  it('reads the name from a cited document publishing the list', () => {
    const p = listedProgramme(
      '30个老街老巷列入某地遗产名单',
      '近日，省文化厅下发了《关于公布第三批江南省百年老街、百年老巷文化遗产名单的通知》。',
      null,
    );
    expect(p?.name).toBe('江南省百年老街、百年老巷文化遗产');
    expect(p?.batch).toBe('第三批');
  });

  it('takes a headline that is only the list’s name', () => {
    const p = listedProgramme('江南省首批百年老街、百年老巷文化遗产名单公布', '', null);
    expect(p?.name).toBe('江南省百年老街、百年老巷文化遗产');
    expect(p?.batch).toBe('首批');
  });

  it('keeps a register’s 保护名录, whatever its count and batch', () => {
    expect(listedProgramme('首批12个东川市老地名保护名录名单', '', null)?.name).toBe(
      '东川市老地名保护名录',
    );
    expect(cleanProgramme('第二批省级老地名保护名录', null)?.name).toBe('省级老地名保护名录');
    // Elsewhere 名录 only says the text is a list.
    expect(cleanProgramme('全国社区教育示范街道名录', null)?.name).toBe('全国社区教育示范街道');
  });

  it('reads a quoted list’s name from the text announcing it, its words before the quotes too', () => {
    const head = '江南省认定首批地名遗产百年老街、百年老巷';
    expect(
      listedProgramme(head, '近日，第一批“江南省地名遗产百年老街、百年老巷”名单公布。', null)?.name,
    ).toBe('江南省地名遗产百年老街、百年老巷');
    const p = listedProgramme(
      null,
      '近日，第一批江南省地名遗产“百年老街、百年老巷”名单公布。',
      null,
    );
    expect(p?.name).toBe('江南省地名遗产百年老街、百年老巷');
    expect(p?.batch).toBe('第一批');
  });

  it('takes no kind alone for the name', () => {
    expect(listedProgramme('“百年老街”名单', '', null)).toBeNull();
  });

  it('files each kind’s list under the programme naming them together', () => {
    const ex = extract(
      [
        '江南省首批百年老街、百年老巷文化遗产名单公布',
        '经省文化厅评审并向社会公示，确定了首批名单。',
        '百年老街名单',
        '1. 杭州市上城区清河坊街',
        '2. 杭州市拱墅区小河直街',
        '百年老巷名单',
        '1. 杭州市西湖区龙井路',
      ].join('\n'),
    );
    const names = new Set(ex.records.map((r) => r.programme));
    expect(ex.metadata.programme).toBe('江南省百年老街、百年老巷文化遗产');
    expect([...names]).toEqual(['江南省百年老街、百年老巷文化遗产']);
  });
});

describe('a page retelling a list', () => {
  const LIST =
    '在各地推荐的基础上，经评审并向社会公示，确定了首批示范社区名单。\n' +
    '首批示范社区名单\n1. 杭州市上城区湖滨社区\n2. 杭州市拱墅区米市巷社区\n';

  it('is news when an office’s item is signed by its author', () => {
    const own = '江南省首批示范社区名单公布\n' + LIST;
    expect(extract(own).metadata.role).toBe('confirmation');
    expect(extract(own + '上报单位：基层处 | 信息作者：王某 |\n').metadata.role).toBe('news');
  });

  it('is news when a site quotes the document as reported speech', () => {
    const own = '首批示范社区名单\n' + LIST;
    expect(extract(own).metadata.role).toBe('confirmation');
    const told =
      '首批示范社区名单\n某部网站5日发布《某部关于公布首批示范社区名单的通知》（以下简称《通知》）称，' +
      LIST;
    expect(extract(told).metadata.role).toBe('news');
  });
});

describe('scoring a province’s own programme', () => {
  it('is the same written with the province’s name and its scope both', () => {
    const gold = { programme: '江西省省级老地名保护名录' } as GoldNotice;
    const got = [{ programme: '省级老地名保护名录' }] as LedgerRecord[];
    const field = scoreMetadata(gold, undefined, got).find((m) => m.field === 'programme');
    expect(field?.ok).toBe(true);
  });

  it('is the same with 级 written right after the province’s name', () => {
    const gold = { programme: '福建省級鄉村治理示範村鎮' } as GoldNotice;
    const got = [{ programme: '省级乡村治理示范村镇' }] as LedgerRecord[];
    const field = scoreMetadata(gold, undefined, got).find((m) => m.field === 'programme');
    expect(field?.ok).toBe(true);
  });
});

describe('scoring a programme the way the ledger matches it', () => {
  const programmeOk = (gold: string, got: string) =>
    scoreMetadata({ programme: gold } as GoldNotice, undefined, [
      { programme: got },
    ] as LedgerRecord[]).find((m) => m.field === 'programme')?.ok;

  it('is the same national programme bare or with its scope written', () => {
    expect(programmeOk('全国婚俗改革实验区', '婚俗改革实验区')).toBe(true);
    expect(programmeOk('国家生态文明建设示范市县', '全国生态文明建设示范市县')).toBe(true);
    expect(programmeOk('国家级医养结合试点单位', '医养结合试点单位')).toBe(true);
  });

  it('is the same whatever levels follow the unit word, or a bracket cut open', () => {
    expect(programmeOk('国家农产品质量安全县', '国家农产品质量安全县(市)')).toBe(true);
    expect(programmeOk('全国医养结合示范县（市、区）', '全国医养结合示范县')).toBe(true);
    expect(programmeOk('全国医养结合示范县（市、区）', '全国医养结合示范县（市')).toBe(true);
  });

  it('is another programme when a word of the name differs', () => {
    expect(programmeOk('全国农村社区治理实验区', '全国社区治理实验区')).toBe(false);
    expect(programmeOk('国家级医养结合试点单位', '国家级医养结合试点')).toBe(false);
    expect(programmeOk('全国乡村治理示范村', '省级乡村治理示范村')).toBe(false);
  });
});

describe('a register a city’s share is entered into', () => {
  it('keeps its 名录, not the city telling of it', () => {
    expect(listedProgramme('【喜报】我市9个村入选第三批江南传统古村落名录', '', null)?.name).toBe(
      '江南传统古村落名录',
    );
  });
});

describe('a list of candidates citing the call that launched its round', () => {
  it('is of the programme the call names, not of its candidates', () => {
    const opening =
      '根据《关于开展江南省百年老街、百年老巷文化遗产认定工作的通知》，经审核，确定第二批候选名单，现予公示。';
    expect(listedProgramme('第二批江南省百年老街、百年老巷候选名单', opening, null)?.name).toBe(
      '江南省百年老街、百年老巷文化遗产',
    );
    // Without the call, the headline's list, less its 候选名单.
    expect(listedProgramme('第二批江南省百年老街、百年老巷候选名单', '', null)?.name).toBe(
      '江南省百年老街、百年老巷',
    );
  });
});

describe('a list shown for objections before its naming', () => {
  it('reads the programme from a cited public notice of the list', () => {
    const p = listedProgramme(
      '某省这些乡村要火啦!',
      '7月12日,某部发布《关于公示第一批拟入选全国乡村休闲重点村名录乡村名单的公告》,进行公示。',
      null,
    );
    expect(p?.name).toBe('全国乡村休闲重点村');
  });

  it('keeps a register named as such, and a cited call that publishes nothing', () => {
    expect(listedProgramme('第五批中国传统村落名录', '', null)?.name).toBe('中国传统村落名录');
    const p = listedProgramme(
      '某省这些乡村要火啦!',
      '某部发布《关于征集第一批全国乡村休闲重点村名录乡村名单的公告》。',
      null,
    );
    expect(p).toBeNull();
  });
});

describe('a cited public notice of candidates or of results', () => {
  it('names the programme without the list’s step (推荐, 候选, 结果)', () => {
    const named = (cited: string) => listedProgramme('某省这些社区要火啦', cited, null)?.name;
    expect(named('某部发布《关于公示2030年全国青苗治理创新典型案例推荐名单的公告》')).toBe(
      '2030年全国青苗治理创新典型案例',
    );
    expect(named('某部发布《关于公示拟表彰全国青苗先进社区候选名单的公告》')).toBe(
      '全国青苗先进社区',
    );
    expect(named('某部发布《关于公示第二批全国青苗治理实验区验收结果名单的公告》')).toBe(
      '全国青苗治理实验区',
    );
  });
});
