/**
 * A history line cuts a long quoted name with … and keeps everything else: the verb, the count,
 * a short name beside it. The undo button's label cuts at characters, never inside one.
 */
import { describe, expect, it } from 'vitest';
import { clipQuoted, QUOTED_MAX } from '../../src/shared/line-clip';
import { stepLabel } from '../../src/shared/operations';

const long = `关于${'公布全国基层治理创新典型案例'.repeat(40)}的通知`;

describe('a history line with a long title', () => {
  it('cuts the quoted title to a headline with …, the rest of the line whole', () => {
    const line = clipQuoted(`导入《${long}》（3 条记录）`);
    expect(line).toBe(`导入《${[...long].slice(0, QUOTED_MAX - 1).join('')}…》（3 条记录）`);
    expect(clipQuoted(`名称／主题由「${long}」改为「甲社区」`)).toMatch(
      /^名称／主题由「关于.{37}…」改为「甲社区」$/u,
    );
  });

  it('leaves a short name, and a line with no quote, as it is', () => {
    const short = '导入《民政部关于确认第五批实验区的通知》（3 条记录）';
    expect(clipQuoted(short)).toBe(short);
    expect(clipQuoted('合并 2 条记录')).toBe('合并 2 条记录');
    // exactly at the limit: whole
    const at = '社'.repeat(QUOTED_MAX);
    expect(clipQuoted(`《${at}》`)).toBe(`《${at}》`);
  });

  it('cuts a title that quotes another (关于印发《…》的通知) at its outer marks', () => {
    const nested = `民政部办公厅关于印发《${'全国农村社区治理实验区验收工作方案'.repeat(3)}》的通知`;
    const line = clipQuoted(`导入《${nested}》（3 条记录）`);
    expect(line).toBe(`导入《${[...nested].slice(0, QUOTED_MAX - 1).join('')}…》（3 条记录）`);
    // a short title quoting another stays whole, and so does an unclosed mark
    const short = '导入《关于印发《社区工作者管理办法》的通知》（2 条记录）';
    expect(clipQuoted(short)).toBe(short);
    const open = `导入《${'社'.repeat(50)}`;
    expect(clipQuoted(open)).toBe(open);
  });

  it('the undo label never cuts a character in two', () => {
    const label = stepLabel('撤销', { summary: `导入《${'𠀀'.repeat(60)}》`, records: 1 });
    expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(label).toBe(`撤销：导入《${'𠀀'.repeat(36)}…`);
  });
});
