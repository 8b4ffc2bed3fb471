/**
 * A term lengthened by so many years ("试点期限延长一年，至2024年12月") is an extension, not a
 * cycle of one year beside it (extract/lengthened-term.ts); a cycle stated with a later extension
 * allowed ("实验期限为两年，期满后…可申请延期") stays a cycle.
 */
import { describe, expect, it } from 'vitest';
import { lengthensTerm } from '../../../src/main/core/import/extract/lengthened-term';
import { readResolved } from './helpers';

const notice = (sentence: string) =>
  [
    '民政部关于部分全国社区治理和服务创新实验区延期的批复',
    '各省、自治区、直辖市民政厅（局）：',
    sentence,
    '民政部',
    '2023年6月1日',
  ].join('\n');

describe('a term lengthened by years', () => {
  it('is an extension and no cycle', () => {
    for (const s of [
      '经研究，同意北京市石景山区、天津市河北区试点期限延长一年，至2024年12月。',
      '经研究，同意北京市石景山区实验期限延长1年。',
    ]) {
      const { n } = readResolved(notice(s));
      expect(n.rules.map((r) => r.kind)).toEqual(['extension']);
      expect(n.rules[0]!.params).toEqual({ months: 12 });
    }
  });

  it('leaves a cycle stated beside an extension allowed later', () => {
    const { n } = readResolved(
      notice(
        '确认北京市石景山区为全国社区治理和服务创新实验区，实验期限为两年，期满后确有需要的可申请延期。',
      ),
    );
    expect(n.rules.find((r) => r.kind === 'cycle')?.params).toEqual({
      years: 2,
      atMost: false,
      atLeast: false,
    });
    expect(lengthensTerm('实验期限为两年')).toBe(false);
  });

  it('leaves a cycle whose term word is glossed with an extension before its years', () => {
    // "（不含延期）": the extension is named, the years are the cycle's own.
    const { n } = readResolved(
      notice('确认北京市石景山区为全国社区治理和服务创新实验区，实验周期（不含延期）为三年。'),
    );
    expect(n.rules.find((r) => r.kind === 'cycle')?.params).toEqual({
      years: 3,
      atMost: false,
      atLeast: false,
    });
    expect(lengthensTerm('实验期限顺延了2年')).toBe(true);
    expect(lengthensTerm('试点期限延长一年')).toBe(true);
  });
});
