/**
 * A disclosure page signs its notice with the organ's bare name ("发布机构：区民政局") while its
 * title or a field beside it writes the organ in full: the ledger keeps the full name, so two
 * districts' bureaus are never one issuer. Two different places before the organ leave it bare.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const REPORT = (title: string) =>
  [
    title,
    '索引号：330502/2024-00854 成文日期：2024-02-20',
    '文件编号： 发布机构：区民政局',
    '2023年，我局围绕中心工作，扎实推进各项民政事业发展，全年完成养老服务设施建设12处。',
  ].join('\n');

describe('a bare bureau the notice writes in full elsewhere', () => {
  it('takes the full name its title writes', () => {
    const { n } = readResolved(REPORT('吴兴区民政局2023年工作总结和2024年工作思路'));
    expect(n.metadata.issuer).toBe('吴兴区民政局');
  });

  it('takes the longest full name a disclosure field writes', () => {
    const { n } = readResolved(
      [
        '区人民政府办公室关于印发某区便民生活圈建设实施方案的通知',
        '发文单位：武汉市汉阳区人民政府办公室 发文字号：阳政办〔2022〕12号',
        '各街道办事处，区人民政府各部门：',
        '《实施方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。',
        '区人民政府办公室',
        '2022年7月25日',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('武汉市汉阳区人民政府办公室');
  });

  it('stays bare when two places write the organ', () => {
    const { n } = readResolved(REPORT('吴兴区民政局与南浔区民政局2023年工作总结和2024年工作思路'));
    expect(n.metadata.issuer).toBe('区民政局');
  });
});
