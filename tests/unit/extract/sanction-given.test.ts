/**
 * A decision giving sanctions (给予…处理): the places right after 给予 are its entries. A lone
 * site given the taking away of its standing (给予A景区取消…质量等级处理) is revoked and titled by
 * its own name; sites given a criticism or a warning (给予A、B等6家景区通报批评) are entries
 * with no outcome; a village losing its title keeps no site name.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { revokedSiteName } from '../../../src/main/core/import/extract/revoked-site-name';

const read = (text: string) =>
  readResolved(text).n.records.map((r) => [r.regionText, r.title, r.outcome?.status ?? null]);

const HEAD = '关于对复核检查严重不达标的旅游景区处理的公告\n';

describe('sanctions given to listed sites', () => {
  it('revokes the lone site whose standing is taken away, titled by its name', () => {
    expect(read(HEAD + '（一）给予山西省晋中市乔家大院景区取消旅游景区质量等级处理；\n')).toEqual([
      ['山西省晋中市', '乔家大院景区', '已撤销'],
    ]);
  });

  it('revokes the lone site whose own name runs long before the taking', () => {
    expect(
      read(HEAD + '（一）给予北京市延庆区八达岭长城风景区取消旅游景区质量等级处理；\n'),
    ).toEqual([['北京市延庆区', '八达岭长城风景区', '已撤销']]);
  });

  it('revokes every site of a list given the taking away, each titled by its name', () => {
    expect(
      read(
        HEAD +
          '经研究，决定给予福建省福州市皇帝洞生态旅游景区、福建省漳州市名峰山景区取消旅游景区质量等级处理。\n',
      ),
    ).toEqual([
      ['福建省福州市', '皇帝洞生态旅游景区', '已撤销'],
      ['福建省漳州市', '名峰山景区', '已撤销'],
    ]);
  });

  it('reads sites given a criticism as entries with no outcome', () => {
    const rows = read(
      HEAD +
        '（二）给予辽宁省沈阳市沈阳植物园景区、浙江省温州市雁荡山景区等2家景区通报批评责令整改处理，限期3个月。\n',
    );
    expect(rows[0]).toEqual(['辽宁省沈阳市', '沈阳植物园景区', null]);
    expect(rows.map((r) => r[2])).toEqual([null, null]);
  });

  it('reads no entry where 给予 gives money or praise', () => {
    expect(
      read('关于下达奖补资金的通知\n经研究，省财政给予安吉县、德清县、长兴县各50万元奖补资金。'),
    ).toEqual([]);
  });

  it('names a site only where a site noun closes it before the taking', () => {
    expect(revokedSiteName('乔家大院景区取消旅游景区质量等级处理')).toBe('乔家大院景区');
    expect(revokedSiteName('海沧大桥旅游区4A级旅游景区质量等级')).toBe('海沧大桥旅游区');
    expect(revokedSiteName('甲村“省级文明村”称号')).toBeNull();
    expect(revokedSiteName('社区居委会取消评优资格')).toBeNull();
  });
});
