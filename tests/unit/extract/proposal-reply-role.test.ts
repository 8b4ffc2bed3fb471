/**
 * An organ's reply to a deputy's proposal (…（第N号提案）收悉，现答复如下) tells in its own voice
 * how its work goes: a progress report. A story telling of the reply (with or without its
 * outlet), a page that only mentions proposals being answered, and a superior's reply to a
 * subordinate's 建议 are not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const role = (text: string) => readResolved(text).n.metadata.role;

const WORK =
  '一、关于加强社区服务设施建设\n我局会同有关部门推进社区综合服务设施建设，目前全市城乡社区综合服务设施覆盖率达到100%。\n' +
  '二、关于培育社区社会组织\n全市已登记备案社区社会组织1200余家。\n';

describe('an organ’s reply to a proposal', () => {
  it('is a progress report when it acknowledges the proposal and answers', () => {
    const text =
      '张某委员：\n您在市政协会议上提出的《关于加强社区治理的建议》（第0629号提案）收悉。经会同有关部门研究办理，现就有关问题答复如下：\n' +
      WORK;
    expect(role(text)).toBe('progress_report');
  });

  it('is a progress report with the short answer line too', () => {
    const text =
      '李某代表：\n您提出的《关于发展康复辅助器具产业的建议》（第62号）收悉，现答复如下。\n' + WORK;
    expect(role(text)).toBe('progress_report');
  });

  it('is not forced on a reporter’s story quoting the reply', () => {
    const text =
      '本报讯（记者 王某）近日，市民政局答复了市政协委员的提案。答复称：“您提出的《关于加强社区治理的建议》（第0629号提案）收悉，现答复如下”。\n' +
      WORK;
    expect(role(text)).toBe('news');
  });

  it('is not forced on a story that retells the reply after dating it (no outlet named)', () => {
    const text =
      '近日，市民政局对市政协委员张某提出的第62号提案作出答复。答复称，您提出的《关于加强社区治理的建议》（第62号提案）收悉，现答复如下：\n' +
      WORK;
    expect(role(text)).not.toBe('progress_report');
  });

  it('is not forced on a superior’s reply to a subordinate’s 建议 (a request answered)', () => {
    const text =
      '某县民政局：\n你局《关于将某某社区列为养老服务试点的建议》收悉。现答复如下：经研究，同意将某某社区确定为省级养老服务试点单位。\n某省民政厅\n2022年5月1日\n';
    expect(role(text)).not.toBe('progress_report');
  });

  it('is not forced on a page that only tells proposals were answered', () => {
    const text =
      '今年以来，市民政局共承办人大代表建议和政协提案36件，均已按期答复，代表委员满意率100%。\n' +
      '市民政局将继续推进社区治理，不断提升服务水平。\n';
    expect(role(text)).not.toBe('progress_report');
  });
});
