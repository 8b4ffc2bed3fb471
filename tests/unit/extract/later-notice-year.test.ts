/**
 * The year a later notice gives the records it names (extract/later-notice-year.ts): a progress
 * report's or an acceptance's own date tells when it was written, not the batch's year, so from
 * that alone the records' year stays blank (the notice's year kept for the join's ranking); the
 * confirming document it cites by 文号 states the batch's year; a confirmation's own date still
 * gives its list its year.
 */
import { describe, expect, it } from 'vitest';
import { citedConfirmationYear } from '../../../src/main/core/import/extract/later-notice-year';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const UNITS = '北京市石景山区、天津市河北区、上海市徐汇区';

const report = (lead: string) =>
  [
    '民政部办公厅关于全国社区治理和服务创新实验区实验工作情况的通报',
    '各省、自治区、直辖市民政厅（局）：',
    `${lead}${UNITS}等3个全国社区治理和服务创新实验区紧紧围绕设定的目标成果，有序推进实验区建设工作。`,
    '民政部办公厅',
    '2021年9月16日',
  ].join('\n');

describe('the year of the records a later notice names', () => {
  it('is blank when only the progress report’s own date gives one', () => {
    const { n } = readResolved(report('2019年以来，'));
    expect(n.metadata.role).toBe('progress_report');
    expect(n.metadata.issuedOn).toBe('2021-09-16');
    expect(n.records.map((r) => r.year)).toEqual([null, null, null]);
    // the notice's own year is kept for the join, never as the record's year
    expect(n.records.map((r) => r.noticeYear)).toEqual([2021, 2021, 2021]);
  });

  it('is the year of the confirmation the report cites by its 文号', () => {
    const { n } = readResolved(
      report(
        '根据《民政部关于同意将北京市石景山区等单位确认为全国社区治理和服务创新实验区的批复》（民函〔2019〕41号），',
      ),
    );
    expect(n.records.map((r) => r.year)).toEqual([2019, 2019, 2019]);
  });

  it('is the cited confirmation’s year for its own programme’s units only', () => {
    const { n } = readResolved(
      [
        '民政部办公厅关于全国社区治理和服务创新实验区和全国农村社区建设实验县工作情况的通报',
        '各省、自治区、直辖市民政厅（局）：',
        '根据《民政部关于确认北京市西城区等40个单位为全国社区治理和服务创新实验区的批复》（民函〔2015〕220号），北京市西城区、天津市河西区等2个全国社区治理和服务创新实验区有序推进实验工作。',
        '山东省诸城市、湖北省秭归县等2个全国农村社区建设实验县积极开展农村社区建设。',
        '民政部办公厅',
        '2017年9月16日',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.programme, r.year])).toEqual([
      ['全国社区治理和服务创新实验区', 2015],
      ['全国社区治理和服务创新实验区', 2015],
      ['全国农村社区建设实验县', null],
      ['全国农村社区建设实验县', null],
    ]);
    expect(n.records.map((r) => r.noticeYear)).toEqual([2017, 2017, 2017, 2017]);
  });

  it('is the cited year when the cited title writes the programme without its scope', () => {
    const { n } = readResolved(
      report('根据《关于确认第四批社区治理和服务创新实验区的通知》（民函〔2019〕41号），'),
    );
    expect(n.records.map((r) => r.year)).toEqual([2019, 2019, 2019]);
  });

  it('stays the confirmation’s own year for the list it confirms', () => {
    const { n } = readResolved(
      [
        '民政部关于确认全国社区治理和服务创新实验区的通知',
        '各省、自治区、直辖市民政厅（局）：',
        `经研究，确认${UNITS}为全国社区治理和服务创新实验区，实验时间为期两年。`,
        '民政部',
        '2019年3月20日',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('confirmation');
    expect(n.records.map((r) => r.year)).toEqual([2019, 2019, 2019]);
    expect(n.records.every((r) => r.noticeYear === undefined)).toBe(true);
  });
});

describe('a cited confirming document’s year', () => {
  it('is read from a confirming title and its 文号', () => {
    expect(
      citedConfirmationYear(
        keyText('根据《关于公布第二批示范区名单的通知》(民发〔2018〕12号)要求'),
      ),
    ).toBe(2018);
  });

  it('is not read from a call, from rules, or from two confirmations of different years', () => {
    expect(
      citedConfirmationYear(
        keyText('按照《关于开展第三批示范区申报工作的通知》（民发〔2020〕5号）'),
      ),
    ).toBeNull();
    expect(citedConfirmationYear(keyText('依据《实验区管理办法》（民发〔2015〕3号）'))).toBeNull();
  });

  it('is not read from a later act on named units, or from rules and plans that confirm words', () => {
    for (const cited of [
      '根据《民政部办公厅关于公布第一批全国社区治理和服务创新实验区结项验收结果的通知》（民办函〔2020〕12号）',
      '《关于同意部分实验区延期的批复》（民函〔2020〕7号）',
      '根据《全国社区治理和服务创新实验区认定办法》（民发〔2018〕3号）',
      '根据《民政部关于同意北京市石景山区实验方案的批复》（民函〔2020〕3号）',
    ])
      expect(citedConfirmationYear(keyText(cited))).toBeNull();
    expect(
      citedConfirmationYear(
        keyText(
          '《关于确认第一批实验区的批复》（民函〔2017〕1号）和《关于确认第二批实验区的批复》（民函〔2019〕41号）',
        ),
      ),
    ).toBeNull();
  });
});
