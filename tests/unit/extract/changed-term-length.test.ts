/**
 * A term changed from one length to another ("实验期限由两年延长为三年", "由原来的两年延长为三年")
 * runs the new length: the cycle is three years, not the two its words first stop at, and the
 * lengthening is an extension whose end is the new cycle's (no months on top). Controls: a term
 * stated once keeps its years; a term shortened (由三年调整为两年, 缩短为两年) runs the new length
 * and is no extension.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (sentence: string) =>
  [
    '民政部关于调整全国社区治理和服务创新实验区实验期限的通知',
    '各省、自治区、直辖市民政厅（局）：',
    sentence,
    '民政部',
    '2023年6月1日',
  ].join('\n');

const cycleYears = (sentence: string) =>
  readResolved(notice(sentence)).n.rules.find((r) => r.kind === 'cycle')?.params.years;
const kinds = (sentence: string) => readResolved(notice(sentence)).n.rules.map((r) => r.kind);

describe('a term changed from one length to another', () => {
  it('runs the new length, and lengthened is an extension', () => {
    const s = '经研究，第四批全国社区治理和服务创新实验区的实验期限由两年延长为三年。';
    expect(cycleYears(s)).toBe(3);
    expect(kinds(s)).toContain('extension');
    const ext = readResolved(notice(s)).n.rules.find((r) => r.kind === 'extension');
    expect(ext?.params).toEqual({});
    expect(cycleYears('经研究，实验区的试点期限由2年延长为3年。')).toBe(3);
    const from = '经研究，实验期限由原来的两年延长为三年。';
    expect(cycleYears(from)).toBe(3);
    expect(kinds(from)).toContain('extension');
  });

  it('keeps a term stated once', () => {
    const s = '经研究，第四批全国社区治理和服务创新实验区的实验期限为两年。';
    expect(cycleYears(s)).toBe(2);
    expect(kinds(s)).not.toContain('extension');
  });

  it('shortened, runs the new length and is no extension', () => {
    const s = '经研究，第四批全国社区治理和服务创新实验区的实验期限由三年调整为两年。';
    expect(cycleYears(s)).toBe(2);
    expect(kinds(s)).not.toContain('extension');
    const cut = '经研究，第四批全国社区治理和服务创新实验区的实验期限由三年缩短为两年。';
    expect(cycleYears(cut)).toBe(2);
    expect(kinds(cut)).not.toContain('extension');
  });
});
