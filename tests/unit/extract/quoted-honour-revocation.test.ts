/**
 * A revocation's title naming the honour it takes away in quote marks ("关于取消部分单位全国“敬
 * 老文明号”称号的通知"): the marks are no words between 取消 and 称号, so the notice is the
 * revocation; a title whose unquoted words between the two are still too many is not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const body = [
  '国卫老龄函〔2021〕53号',
  '各省、自治区、直辖市卫生健康委：',
  '根据考核结果，某市公交客运有限责任公司等89家单位不再符合认定标准，现决定取消上述单位称号，由省级卫生健康委收回牌匾。',
  '国家卫生健康委',
  '2021年3月4日',
];

describe('a revocation whose title quotes the honour', () => {
  it('is a revocation although the quoted name is long', () => {
    const { n } = readResolved(['关于取消部分单位全国“敬老文明号”称号的通知', ...body].join('\n'));
    expect(n.metadata.role).toBe('revocation');
  });

  it('control: twelve unquoted words between 取消 and 称号 are no revocation by the title', () => {
    const { n } = readResolved(
      ['关于取消部分单位全国敬老文明号创建示范活动称号的通知', ...body].join('\n'),
    );
    expect(n.metadata.role).not.toBe('revocation');
  });
});
