/**
 * A page under a call's title whose body says the round has chosen and now shows its pick
 * ("确定了初选入围案例，现进行展示") is that pick, not the call: when no entry of it was read,
 * it says so instead of passing as a call that lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

describe('a call title over a shortlist shown for a vote', () => {
  it('is no call, and a pick with no entry read is reported', () => {
    const n = extract(
      [
        '乡村振兴优秀实践案例征集活动',
        '由某协会发起的乡村振兴优秀实践案例征集活动于今年3月启动，收到各地众多案例。经过专家遴选，确定了初选入围案例，现进行展示，接受网络投票。',
        '某县以“积分超市”为抓手，引导村民参与人居环境整治，全县百余个村推广应用。',
      ].join('\n'),
    );
    expect(n.metadata.role).not.toBe('application_call');
    expect(n.warnings.map((w) => w.code)).toContain('no_records');
  });

  it('a call that only invites entries stays a call', () => {
    const n = extract(
      [
        '乡村振兴优秀实践案例征集活动',
        '现面向社会征集乡村振兴优秀实践案例，请于2024年5月31日前报送。经专家遴选后，入选案例将结集出版。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('application_call');
  });
});
