/**
 * Counts sent to the attachments are the notice's total: fewer entries read warns; a count of
 * documents sent to an attachment, or examples' count, does not.
 */
import { describe, expect, it } from 'vitest';
import { attachmentTotal } from '../../../src/main/core/import/extract/attachment-counts';
import { readResolved } from './helpers';

const mismatch = (text: string) =>
  readResolved(text).n.warnings.filter((w) => w.code === 'count_mismatch');

describe('counts sent to attachments', () => {
  it('sums the counts of distinct attachments', () => {
    expect(
      attachmentTotal(
        '确定2021年度社区教育实验委托项目6个（见附件1）。确定社区教育实验重点项目31个（见附件2）、社区教育实验一般项目105个（见附件3）。',
      )?.n,
    ).toBe(142);
  });

  it('warns when the attachment shows fewer entries than its count', () => {
    const w = mismatch(
      '科技部办公厅关于第三、第四批国家农业科技园区验收结果的通知\n' +
        '经现场验收，参与验收的34家园区全部通过验收（名单见附件）。\n' +
        '附件：通过验收的第三、第四批国家农业科技园区名单\n' +
        '江苏南京白马国家农业科技园区\n新疆伊犁国家农业科技园区\n陕西杨凌国家农业科技园区\n',
    );
    expect(w.map((x) => x.stated)).toEqual([34]);
  });

  it('leaves a count of documents and the count closing examples', () => {
    expect(attachmentTotal('现将3项制度（见附件）印发给你们，请遵照执行。')).toBeNull();
    expect(
      attachmentTotal('认定北京市房山区长沟镇等127个镇（名单见附件）为第一批中国特色小镇。'),
    ).toBeNull();
    expect(mismatch('关于印发制度的通知\n现将3项制度（见附件）印发给你们，请遵照执行。\n')).toEqual(
      [],
    );
  });

  it('leaves a tally of things built, and still counts a recognition sent to its attachment', () => {
    expect(attachmentTotal('今年以来，全市建成200个社区养老服务站（名单见附件）。')).toBeNull();
    expect(
      mismatch(
        '全市养老服务工作情况\n今年以来，全市建成200个社区养老服务站（名单见附件），新增养老床位1200张。\n',
      ),
    ).toEqual([]);
    expect(attachmentTotal('经评审，认定200个社区养老服务站（名单见附件）为示范站。')?.n).toBe(200);
  });

  it('counts a tally of things built when the clause says they were checked or named', () => {
    expect(attachmentTotal('经验收，全省共建成50个示范社区（名单见附件）。')?.n).toBe(50);
    expect(attachmentTotal('经评审认定，共建成30个示范村（名单见附件）。')?.n).toBe(30);
  });
});
