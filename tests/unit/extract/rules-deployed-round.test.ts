/**
 * A round an organ deployed from a month named as its start ("2023年9月开始，省民政厅部署开展
 * …评估验收工作") is told as begun: no acceptance the units owe. With a modal asking it
 * (各地应…接受验收) the same round is still a duty.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const kindsOf = (body: string) =>
  extractNotice(txtDoc(['某县婚姻登记处获评5A级', body].join('\n')), {
    fileName: 't',
    regions,
  }).rules.map((r) => r.kind);

describe('a round an organ deployed from a month past', () => {
  it('is no acceptance duty', () => {
    expect(
      kindsOf(
        '为推进标准化建设，2023年9月开始，省民政厅部署开展2023年度婚姻登记机关标准化建设评估验收工作。',
      ),
    ).toEqual([]);
  });

  it('is still a duty when a modal asks the units for it', () => {
    expect(
      kindsOf('2023年9月开始，省民政厅部署开展评估验收工作，各登记机关应按要求接受评估验收。'),
    ).toEqual(['acceptance']);
  });
});
