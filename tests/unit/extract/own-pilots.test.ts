/**
 * A county-level organ's own work report numbering its highlights: the lines that make the
 * place a pilot or honour it are entries of the reporting place; meetings, speeches and
 * drafts are none, and a line naming a place of its own is not the writer's.
 */
import { describe, expect, it } from 'vitest';
import { noticeRole } from '../../../src/main/core/import/extract/notice-role';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

describe("a work report's own pilots and honours", () => {
  it('are entries placed in the reporting district', () => {
    const { n, codes } = readResolved(
      [
        '南湖区民政局2023年工作总结和2024年工作思路',
        '一、主要工作',
        '1.南湖区被评为全省社会救助工作先进县区；',
        '2.入选省数字养老服务试点县区；',
        '3.区慈善中心被评为全省示范性慈善基地；',
        '4.举办全市婚俗改革现场推进会，省市领导出席；',
        '5.起草《养老服务工作指引》，现已全市试行。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(codes).toEqual(['330402', '330402', '330402']);
  });

  it('leave a line whose subject is a place of its own to that place', () => {
    const { n } = readResolved(
      [
        '南湖区民政局2023年工作总结',
        '1.入选省数字养老服务试点县区；',
        '2.新嘉街道入选省级社区治理示范街道。',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.seq, r.regionText])).toEqual([[1, '南湖区']]);
  });
});

describe("an organ's year in review", () => {
  it('reports how its work went', () => {
    const text =
      '2023年，区民政局紧紧围绕全年目标，争取到了2项省级试点。\n2.入选省数字养老服务试点县区；';
    const { n } = readResolved(text);
    const role = noticeRole({
      doc: keyText(text),
      title: '南湖区民政局2023年工作总结和2024年工作思路',
      records: n.records,
      rules: [],
      outlet: null,
      docNo: null,
    });
    expect(role).toBe('progress_report');
  });
});
