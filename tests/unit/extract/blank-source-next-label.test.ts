/**
 * A source label left blank, the next field's label standing where the name should
 * ("来源: 更新时间:2033-12-17"), names no one: 更新 is no account. A name with a field glued after
 * it is still that name (control).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;

describe("a blank source followed by the next field's label", () => {
  it('takes no issuer from 来源: 更新时间:', () => {
    expect(
      issuer([
        '防灾减灾救灾体系不断完善——探访综合防灾减灾救灾“某某实践”',
        '欢迎访问某某社会服务网!',
        '来源: 更新时间:2033-12-17 16:59:15 点击:',
        '日前,某某委员会办公室公布13个县(市、区)为首批综合减灾示范县创建试点单位。某某县位列其中。',
      ]),
    ).toBeNull();
  });

  it('still takes the named source with the next label glued on (control)', () => {
    expect(
      issuer([
        '防灾减灾救灾体系不断完善——探访综合防灾减灾救灾“某某实践”',
        '欢迎访问某某社会服务网!',
        '来源:掌上某某发布 更新时间:2033-12-17 16:59:15 点击:',
        '日前,某某委员会办公室公布13个县(市、区)为首批综合减灾示范县创建试点单位。某某县位列其中。',
      ]),
    ).toBe('掌上某某发布');
  });
});
