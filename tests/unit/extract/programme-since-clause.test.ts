/**
 * A programme named inside a time clause ("2015年某区被民政部评为“第三批…实验区”以来") ends at
 * its own last word: the clause's 以来 (以后, 之后) closes the sentence's time, not the name.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme named inside a time clause', () => {
  it('ends before the clause word', () => {
    expect(cleanProgramme('“第三批全国社区治理和服务创新实验区”以来', null)?.name).toBe(
      '全国社区治理和服务创新实验区',
    );
    expect(cleanProgramme('全国农村社区治理实验区以后', null)?.name).toBe('全国农村社区治理实验区');
  });

  it('a name with the words inside it keeps them (control)', () => {
    expect(cleanProgramme('全国以来凤社区治理实验区', null)?.name).toBe('全国以来凤社区治理实验区');
  });

  it('a retold zone is read with its programme, not the clause', () => {
    const { n } = readResolved(
      [
        '近日，省民政厅厅长到我市宽城区调研社区建设情况。',
        '2015年长春市宽城区被民政部评为“第三批全国社区治理和服务创新实验区”以来，探索建立了“三社联动”机制。',
      ].join('\n'),
    );
    expect(n.metadata.programme ?? '').not.toMatch(/以来$/);
    for (const r of n.records) expect(r.programme ?? '').not.toMatch(/以来$/);
  });
});
