/**
 * Two organs signing side by side are laid out as columns in a PDF or a Word table, so their
 * line reaches the reader cut into cells ("某县民政局<TAB>某县财政局") right above the date:
 * both sign. A table's row above a date is no signature: one of its cells names no organ.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata
    .issuer;

const cover = [
  '青溪县养老服务设施布局规划',
  '各乡镇人民政府，县直各单位：',
  '经县政府常务会议研究同意，现将《青溪县养老服务设施布局规划》印发给你们，请认真组织实施。',
];
const plan = ['青溪县养老服务设施布局规划', '第一章 总则', '为完善养老服务设施布局，制定本规划。'];

describe('organs signing in columns above the date', () => {
  it('sign together', () => {
    expect(
      issuer([...cover, '青溪县民政局\t青溪县财政局', '2023年5月8日', ...plan].join('\n')),
    ).toBe('青溪县民政局 青溪县财政局');
  });

  it('a table row above a date signs nothing', () => {
    expect(issuer([...cover, '1\t青溪县民政局', '2023年5月8日', ...plan].join('\n'))).toBeNull();
  });
});
