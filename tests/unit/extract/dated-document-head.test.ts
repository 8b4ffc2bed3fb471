/**
 * A document's head as chronicles, gazettes and congress sites print it: its adoption date in
 * brackets after the title or on an occasion line under it (the document's date, not the
 * site's posting date), and the roles such heads give: a survey's written report tells how the
 * work goes, organs' 关于…的意见 states rules, though no list follows.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';

/** A page read with its <title> (the headline a web page carries as a hint), if any. */
const meta = (lines: string[], title?: string) =>
  extractNotice(
    { format: 'txt', text: lines.join('\n'), blocks: [], ...(title ? { hints: { title } } : {}) },
    { fileName: 't.txt', regions: gazetteerRegionLookup() },
  ).metadata;

describe("a document's dated head", () => {
  it('reads the bracketed date after the title as the date, not as a word of the title', () => {
    const m = meta([
      '中共某某地委 某某地区行署关于加强和谐社区建设的意见(2012年4月5日)',
      '为进一步加强我区城乡和谐社区建设,提出如下实施意见。',
      '一、总体思路。深化城乡和谐社区建设,努力把城乡社区建设成为幸福家园。',
    ]);
    expect(m.title).toBe('中共某某地委 某某地区行署关于加强和谐社区建设的意见');
    expect(m.issuedOn).toBe('2012-04-05');
    expect(m.role).toBe('rules_only');
  });

  it("takes no bracketed date from the body for the document's (control)", () => {
    const m = meta([
      '某某市人大社会建设委员会关于全市城乡社区治理工作情况的调研报告',
      '日期:2023年09月07日 来源:某某人大',
      '市人大常委会:',
      '(2023年5月30日)市人大常委会决定听取和审议市政府关于城乡社区治理工作情况的报告。现将相关情况报告如下:',
    ]);
    expect(m.issuedOn).toBe('2023-09-07');
  });

  it("dates a report by its occasion line, not by the site's posting line", () => {
    const m = meta([
      '某某市人大社会建设委员会关于全市城乡社区治理工作情况的调研报告',
      '(2023年5月30日在市六届人大常委会第二次会议上)',
      '日期:2023年09月07日 来源:某某人大',
      '市人大常委会:',
      '今年3月以来,调研组深入甲区、乙县,实地察看基层工作情况,听取意见建议。现将相关情况报告如下:',
    ]);
    expect(m.issuedOn).toBe('2023-05-30');
    expect(m.role).toBe('progress_report');
  });

  it("keeps the site's posting date where no date follows the title (control)", () => {
    const m = meta([
      '某某市人大社会建设委员会关于全市城乡社区治理工作情况的调研报告',
      '日期:2023年09月07日 来源:某某人大',
      '市人大常委会:',
      '今年3月以来,调研组深入甲区、乙县,实地察看基层工作情况,听取意见建议。现将相关情况报告如下:',
    ]);
    expect(m.issuedOn).toBe('2023-09-07');
  });

  it('tells a visit under a visit headline as news (control)', () => {
    const m = meta([
      '市民政局一行来我区调研社区治理工作',
      '6月5日,市民政局一行来我区调研社区治理工作,区领导陪同。',
      '调研组实地察看了两个社区的服务中心。',
    ]);
    expect(m.role).toBe('news');
  });
});
