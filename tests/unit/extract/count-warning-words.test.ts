/**
 * A stated count that the list does not reach is told with the list it was checked against
 * (its numbers, or its first entry): a notice may make records from other lists as well, and
 * the reader must be able to find what was counted.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatch = (text: string) =>
  readResolved(text).n.warnings.find((w) => w.code === 'count_mismatch')?.message;

describe('the count warning names what it counted', () => {
  it('a numbered list short of its stated total names its numbers', () => {
    const text = [
      '关于公布社区治理优秀案例的通知',
      '经评审，确定以下6个案例为社区治理优秀案例：',
      '1.河北省石家庄市长安区——党建引领小区治理',
      '2.山西省太原市小店区——社区议事协商',
      '3.辽宁省大连市中山区——邻里互助服务',
      '5.吉林省长春市南关区——网格化服务管理',
    ].join('\n');
    expect(mismatch(text)).toBe('通知称共6个，该名单（第1至5项）实际列出4个');
  });
});
