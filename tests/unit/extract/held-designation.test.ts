/**
 * A story about one county told from the designation it holds — "自…被批准为…实验区以来，某县…",
 * "某区以…实验区为契机" — has that county as its one unit, and is news (it looks back at
 * another's act); a county that became a zone "…后" keeps the zone's name without the 后.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a county telling the designation it holds', () => {
  it('after 自…被批准为…实验区以来 is the story’s one unit', () => {
    const { n, codes } = readResolved(
      [
        '某县举办集体婚礼',
        '4月19日，某县第二届集体婚礼举行，100对新人许下誓言。',
        '自2021年被批准为安徽省首批某某改革实验区以来，怀远县大力宣传文明新风，全面推进改革。',
      ].join('\n'),
    );
    expect(codes).toEqual(['340321']);
    expect(n.records[0]?.kind).toBe('zone');
    expect(n.records[0]?.batch).toBe('首批');
    expect(n.metadata.role).toBe('news');
  });

  it('opening its clause with 以…实验区为契机 is the story’s one unit', () => {
    const { n, codes } = readResolved(
      [
        '移风易俗见成效',
        '近年来，怀远县以全国首批某某改革实验区为契机，加强顶层设计，移风易俗工作取得成效。',
      ].join('\n'),
    );
    expect(codes).toEqual(['340321']);
    expect(n.records[0]?.programme).toBe('全国某某改革实验区');
    expect(n.metadata.role).toBe('news');
  });

  it('that became a zone …后 keeps the zone’s name whole', () => {
    const { n } = readResolved(
      [
        '移风易俗推动婚俗巨变',
        '2021年6月，太和县成为安徽省某某改革实验区后，便高位推动改革。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.programme)).toEqual(['安徽省某某改革实验区']);
  });

  it('after 作为…示范区， (a clause of time between) is the story’s one unit', () => {
    const { codes } = readResolved(
      [
        '天心区举办第四届社工节',
        '昨天，长沙市天心区举办第四届社工节，近百名社工参加社工论坛、实务比武等活动。',
        '作为全国首批7个社会工作人才队伍建设示范区，自2007年7月以来，天心区坚持政策先行，加大社工人才教育培训。',
      ].join('\n'),
    );
    expect(codes).toEqual(['430103']);
  });

  it('after 作为…示范区， names no unit where the clause opens with the speaker or several places', () => {
    const speaker = readResolved(
      [
        '我区举办第四届社工节',
        '作为全国首批社会工作人才队伍建设示范区，我区坚持政策先行，加大社工人才教育培训。',
      ].join('\n'),
    );
    expect(speaker.codes).toEqual([]);
    const several = readResolved(
      [
        '两区举办社工节',
        '作为全国首批社会工作人才队伍建设示范区，天心区、雨花区坚持政策先行，加大社工人才培训。',
      ].join('\n'),
    );
    expect(several.n.records.length).not.toBe(1);
  });
});
