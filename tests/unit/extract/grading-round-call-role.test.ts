/**
 * A round of grading opened to those who may take part (关于开展…社会组织等级评估工作的通知: who
 * may apply, who may not) is a call to apply, nothing graded yet; a mid-term evaluation of
 * projects already running, which asks them for reports, is no call.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a round of grading', () => {
  it('is a call when it says who may take part', () => {
    const { n } = readResolved(
      [
        '关于开展某某县社会组织等级评估工作的通知',
        '经研究决定,开展全县社会组织等级评估工作。现将有关事项通知如下:',
        '一、评估对象',
        '在县民政部门依法登记成立满2年以上的社会团体、民办非企业单位。',
        '有下列情形之一的,不能参加评估:',
        '(一)上年度未参加年度检查的;',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('application_call');
  });

  it('is a call when those graded may apply again', () => {
    const { n } = readResolved(
      [
        '某某区民政局关于开展2025年度社会组织等级评估工作的通知',
        '区各社会组织:',
        '获得评估等级满2年的社会组织均可申请参加评估。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('application_call');
  });

  it('is no call when it evaluates running projects and asks for their reports', () => {
    const { n } = readResolved(
      [
        '关于开展某某区公益创投项目评估工作的通知',
        '各项目执行方:',
        '区社会组织服务中心将对第九届公益创投项目进行评估。',
        '各项目执行方开展自评,填报报告书,无故不提交材料的,视为评估不合格。',
      ].join('\n'),
    );
    expect(n.metadata.role).not.toBe('application_call');
  });
});
