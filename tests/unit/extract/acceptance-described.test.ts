/**
 * "此次验收…以…为依据，…进行了认定，确定了…名单": a sentence describing how this notice's own
 * acceptance went is no acceptance duty; the same words with a duty still set one.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const kinds = (text: string) => readResolved(text).n.rules.map((r) => r.kind);

describe('an acceptance this notice describes', () => {
  it('told as done (此次验收…进行了…) is no acceptance duty', () => {
    expect(
      kinds(
        '此次验收评定工作以《某省示范县评定办法》为依据，围绕组织领导、服务供给等6个方面，组织专家评审和实地核查，并进行了评定，确定了公示名单。',
      ),
    ).not.toContain('acceptance');
  });

  it('what this acceptance still asks for stays a duty', () => {
    expect(kinds('本次验收由各市组织开展，各县应于6月底前提交自评报告。')).toContain('acceptance');
  });
});
