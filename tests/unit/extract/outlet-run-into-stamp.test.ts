/**
 * A copied page's source line that runs the outlet's name into the stamp ("来源: 某某网2023-07-03
 * 09:34:54"): the stamp, with its time and nothing after it, still dates the page. Composed.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const BODY = '本报讯 (记者 某某)近日,某省评选出20个优秀案例,我市3个村入选。';

describe('a source line whose outlet runs into the stamp', () => {
  it('dates the page', () => {
    const { n } = readResolved(
      ['某市3个村入选', '来源: 东南网2021-11-08 16:05:12', BODY].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2021-11-08');
  });

  it('does not date it from a date in the body’s words', () => {
    const { n } = readResolved(
      ['某市3个村入选', '来源: 东南网', '据介绍,活动自2021-11-08 16:05开始报名,至月底截止。'].join(
        '\n',
      ),
    );
    expect(n.metadata.issuedOn).not.toBe('2021-11-08');
  });
});
