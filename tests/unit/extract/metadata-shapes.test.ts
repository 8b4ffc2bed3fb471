/**
 * Notice metadata and role shapes met in real notices, each in a composed wording:
 * programme names, dates and issuers outside the signature, damaged 文号, and the
 * roles of reports, reposts and evaluation results.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { isJunkLine } from '../../../src/main/core/import/readers/html-junk';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

describe('programme', () => {
  it('a conferred title drops its year; a yearly collection keeps it', () => {
    expect(cleanProgramme('2024年度全国示范性社区体育公园', null)?.name).toBe(
      '全国示范性社区体育公园',
    );
    expect(cleanProgramme('2024年度全国示范性社区体育公园', null)?.year).toBe(2024);
    expect(cleanProgramme('2024年度全省社区治理优秀案例', '浙江省')?.name).toContain('2024年度');
  });

  it('keeps a unit’s alternate written beside it', () => {
    expect(noticeProgramme('第五批“全国文明示范村（社区）”名单', '', null)?.name).toBe(
      '全国文明示范村(社区)',
    );
  });

  it('a title naming one level takes the whole programme the text names', () => {
    const p = noticeProgramme(
      '我县两村入选全国森林康养示范村',
      '日前，国家林草局公布第二批全国森林康养示范村镇名单，我县两村入选全国森林康养示范村。',
      null,
    );
    expect(p?.name).toBe('全国森林康养示范村镇');
  });
});

describe('a page’s info line', () => {
  it('is kept when it carries the date, dropped when it is only the font switch', () => {
    expect(isJunkLine('发布日期：2024-03-08  浏览次数：12  字体：[大 中 小]')).toBe(false);
    expect(isJunkLine('08.03.2024 09:15 字体：【大 中 小】')).toBe(false);
    expect(isJunkLine('字体：[大 中 小]  打印')).toBe(true);
  });
});

describe('a damaged 文号', () => {
  it('is kept without its 号, and kept but flagged without its closing bracket', () => {
    const body = '\n各乡镇人民政府：\n现将实施方案印发给你们，请认真贯彻执行。\n';
    expect(
      extract('某县人民政府关于印发社区建设方案的通知\n某政发〔2020〕7' + body).metadata.docNo,
    ).toBe('某政发〔2020〕7');
    const ex = extract('某县人民政府关于印发社区建设方案的通知\n某政办发〔202113' + body);
    expect(ex.metadata.docNo).toBe('某政办发〔202113');
    expect(ex.warnings.map((w) => w.code)).toContain('suspicious_doc_no');
  });
});
