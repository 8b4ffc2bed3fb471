/**
 * Two outcomes as notices word them. A unit struck off its programme's list (予以除名) or whose
 * plaque is taken back (收回…证牌) has lost its standing, as if revoked; a person struck off a
 * party roll or a rule for whoever fails is no unit's fate. A unit passing its round's national
 * evaluation ("通过第五批国家评估") passed, as one passing "国家级评估" does; a pass put off or
 * hoped for is none.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { clauseOutcome } from '../../../src/main/core/import/extract/clause-outcome';
import { toKey } from '../../../src/main/core/import/extract/text-key';

const out = (s: string) => outcomeIn(toKey(s));

describe('a unit struck off its list', () => {
  it('is revoked', () => {
    expect(out('对20家放弃监测及监测不合格的企业予以除名')?.status).toBe('已撤销');
    expect(out('这些企业将被收回“郑州市农业产业化经营重点龙头企业”的证牌')?.status).toBe('已撤销');
    expect(clauseOutcome('，被除名')?.status).toBe('已撤销');
  });

  it('is no unit’s fate when said of none or as a denial', () => {
    expect(out('未出现被除名的企业')?.status).not.toBe('已撤销');
    expect(out('颁发证书和牌匾')).toBeNull();
  });
});

describe('a unit passing its round’s national evaluation', () => {
  it('passed', () => {
    expect(out('通过第五批国家评估，并获得“国家级慢性病综合防控示范区”称号')?.status).toBe(
      '已验收',
    );
    expect(out('通过国家评估')?.status).toBe('已验收');
  });

  it('did not when the pass is denied or only hoped for', () => {
    expect(out('未通过第五批国家评估')?.status).toBe('未通过');
    expect(clauseOutcome('力争通过第五批国家评估')).toBeNull();
  });
});
