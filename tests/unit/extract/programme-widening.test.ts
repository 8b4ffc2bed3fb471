/**
 * A pilot widened by a later approval is the same programme: "关于同意扩大某某服务试点的批复" names
 * 某某服务试点, 扩大 being the approval's verb. Controls: a name holding 扩大 itself keeps it
 * (服务业扩大开放综合试点, 关于扩大开放试点城市… where nothing approves a widening).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const programme = (text: string) => readResolved(text).n.metadata.programme;

describe('a programme widened by an approval', () => {
  it('is named without the approval’s verb', () => {
    expect(
      programme(
        '国务院关于同意扩大某某服务试点的批复\n调整后，在北京、天津、河北等3个省(自治区、直辖市)实施某某服务试点。\n',
      ),
    ).toBe('某某服务试点');
  });

  it('keeps 扩大 where it is a word of the name', () => {
    expect(
      programme(
        '商务部关于公布服务业扩大开放综合试点名单的通知\n北京市、天津市、上海市等3个省(自治区、直辖市)开展服务业扩大开放综合试点。\n',
      ),
    ).toBe('服务业扩大开放综合试点');
    expect(programme('关于扩大开放试点城市的通知\n确定南京市、苏州市为扩大开放试点城市。\n')).toBe(
      '扩大开放试点',
    );
  });
});
