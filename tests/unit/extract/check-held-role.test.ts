/**
 * A page telling a check that took place, nothing listed: it reports how the work goes (news when
 * a team came to the place it checked), never rules; what it asks of the place checked (整改,
 * 申请验收) is no programme's rule. It says it read no records, so nothing is lost in silence.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a check told as done, nothing listed', () => {
  it('is progress when those checked tell it', () => {
    const { n, warned } = readResolved(
      [
        '东区省级生态区技术核查工作顺利完成',
        '近期，四川省环保厅专家组对东区省级生态区建设工作分组进行技术核查。专家组认为东区建设工作基础扎实；要求东区根据专家意见全面进行整改，并按程序申请验收。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('progress_report');
    expect(warned).toContain('no_records');
  });

  it('is news when a team came to the place', () => {
    const { n, warned } = readResolved(
      [
        '',
        '3月11日上午，省生态环境厅副厅长带领省生态区核查验收组到淇滨区对省级生态区创建工作进行验收。核查验收组在听取报告后对淇滨区生态区创建工作给予了充分肯定。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('news');
    expect(warned).toContain('no_records');
  });

  it('leaves a check still to be held as it was (control)', () => {
    const { n } = readResolved(
      [
        '关于做好省级生态区创建验收准备的通知',
        '各县（区）生态环境分局：',
        '省厅将于6月30日前对各地省级生态区创建工作进行验收，请各地做好准备。',
      ].join('\n'),
    );
    expect(n.metadata.role).not.toBe('progress_report');
    expect(n.metadata.role).not.toBe('news');
  });
});
