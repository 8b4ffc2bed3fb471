/**
 * The corpus scorer compares a 文号 modulo script, as it compares titles, issuers and places: a
 * notice printed in traditional characters (發改規劃[2015]2665號) is right with simplified gold and
 * the importer's simplified key. Folding script changes no figure, so a wrong year or number
 * stays wrong.
 */
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/shared/domain';
import type { GoldNotice } from '../../support/corpus/load';
import { scoreMetadata } from '../../support/corpus/score';

const docNoOk = (gold: string, got: string) =>
  scoreMetadata({ docNo: gold } as GoldNotice, { docNo: got } as Notice, []).find(
    (m) => m.field === 'docNo',
  )?.ok;

describe('a 文号 in either script', () => {
  it('is the same number', () => {
    expect(docNoOk('發改規劃[2015]2665號', '发改规划〔2015〕2665号')).toBe(true);
    expect(docNoOk('民函〔2023〕44號', '民函〔2023〕44号')).toBe(true);
  });

  it('is another number when a figure or the organ’s word differs', () => {
    expect(docNoOk('發改規劃[2015]2665號', '发改规划〔2015〕2666号')).toBe(false);
    expect(docNoOk('民函〔2023〕44號', '民函〔2022〕44号')).toBe(false);
    expect(docNoOk('民函〔2023〕44號', '民发〔2023〕44号')).toBe(false);
  });
});
