/**
 * An organ arranging the evaluation of work under way ("将对…项目进行中期评估。现将有关事项通知如下"),
 * nothing graded and no unit named, tells how that work is checked: a progress report, not rules.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const roleOf = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.role;

describe('an evaluation arranged', () => {
  it('is a progress report', () => {
    expect(
      roleOf([
        '各街道社会组织服务中心、各公益创投项目执行方:',
        '某区社会组织服务中心将对区第九届公益创投项目进行中期评估。现将有关事项通知如下:',
        '各项目执行方开展自评,于2020年12月15日前发送至邮箱。',
      ]),
    ).toBe('progress_report');
  });

  it('leaves rules that only foresee an evaluation as rules (control)', () => {
    expect(
      roleOf([
        '各省、自治区、直辖市民政厅(局):',
        '实验期为三年。实验期满后,民政部将对实验区进行结项评估。',
        '各实验区于每年12月底前报送年度工作总结。',
      ]),
    ).toBe('rules_only');
  });
});
