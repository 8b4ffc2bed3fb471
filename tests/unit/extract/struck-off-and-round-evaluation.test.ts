/**
 * Two outcomes as notices word them. A unit struck off its programme's list (予以除名) or whose
 * plaque is taken back (收回…证牌) has lost its standing, as if revoked; a person struck off a
 * roll, a rule for whoever fails and an old certificate taken back for a new one are no unit's fate. A unit passing its round's national
 * evaluation ("通过第五批国家评估") passed, as one passing "国家级评估" does; a pass put off or
 * hoped for is none.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { clauseOutcome } from '../../../src/main/core/import/extract/clause-outcome';
import { toKey } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

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

  it('is no unit’s fate as a rule, a person’s, or an old certificate renewed', () => {
    expect(out('监测不合格的，予以除名')).toBeNull();
    expect(out('监测不合格者予以除名')).toBeNull();
    expect(out('纪委对违纪党员予以除名处理')).toBeNull();
    expect(out('因更名收回原证书，换发新证书')).toBeNull();
    expect(out('收回证书后重新颁发')).toBeNull();
    const { n } = readResolved(
      '包头市青山区、九原区、赤峰市巴林右旗等3个县纪委对违纪党员予以除名处理。\n',
    );
    expect(n.records.length).toBe(3);
    expect(n.records.every((r) => !r.outcome)).toBe(true);
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
