/**
 * 授予 confers a title on what follows it ("授予A市、B市为全国…示范市"): like 命名 and 认定 it
 * leads into the enumeration, so the first place after it is an entry like the others.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an enumeration after 授予', () => {
  it('starts with the first place after the verb', () => {
    const { codes } = readResolved(
      [
        '全省无障碍建设工作情况',
        '经有关部门检查验收，授予宜昌市、黄石市、大冶市为全国无障碍建设示范市，授予十堰市、丹江口市、武穴市为全国无障碍建设市县。',
      ].join('\n'),
    );
    expect(codes).toEqual(['420500', '420200', '420281', '420300', '420381', '421182']);
  });
});
