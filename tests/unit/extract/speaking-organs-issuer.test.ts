/**
 * An unsigned, addressed notice whose opening names the organs acting and then notifies
 * (…某区社会组织服务中心、某区公益组织发展基金会将对…进行中期评估。现将有关事项通知如下:) is
 * those organs' notice; an opening in the speaker's own word (我局将…) or one naming no organ
 * as the actor names no issuer (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (actor: string): string | null =>
  readResolved(
    [
      '各街道社会组织服务中心、各公益创投项目执行方:',
      `根据《某区公益创投项目管理试行办法》等文件要求,为掌握本年度公益创投项目实施进展、服务成效等情况,${actor}将对区第九届公益创投项目进行中期评估。现将有关事项通知如下:`,
      '一、评估对象',
      '2020年7月1日前立项的某区第九届公益创投项目',
      '二、评估流程',
      '各公益创投项目执行方开展自评,并于2020年12月15日前发送至邮箱。',
    ].join('\n'),
  ).n.metadata.issuer;

describe('the organs acting in an unsigned notice’s opening', () => {
  it('are its issuer', () => {
    expect(issuer('海曙区社会组织服务中心、海曙区公益组织发展基金会')).toBe(
      '海曙区社会组织服务中心、海曙区公益组织发展基金会',
    );
  });

  it('control: the speaker’s own word or no organ names no issuer', () => {
    expect(issuer('我局')).toBeNull();
    expect(issuer('各街道')).toBeNull();
  });
});
