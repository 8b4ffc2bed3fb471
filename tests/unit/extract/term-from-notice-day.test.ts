/**
 * A term that starts on the notice's own day ("创建期限为即日起至某年12月底", "自公布之日起至…"):
 * a range from the notice's month to the named month; without the notice's date no range is
 * guessed, and a date that only ends a duty is no term.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const rulesOf = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).rules.map((r) => [r.kind, r.params]);

describe('a term from the notice’s day', () => {
  it('runs from the notice’s month to the named month', () => {
    const rules = rulesOf(
      ['某市民政局', '2021年3月5日', '试点示范创建期限为即日起至2023年6月底。'].join('\n'),
    );
    expect(rules).toContainEqual(['range', { from: '2021-03', to: '2023-06' }]);
  });

  it('reads 自公布之日起 the same way', () => {
    const rules = rulesOf(
      ['某市民政局', '2021年3月5日', '实验期限自公布之日起至2024年12月。'].join('\n'),
    );
    expect(rules).toContainEqual(['range', { from: '2021-03', to: '2024-12' }]);
  });

  it('guesses no start where the notice has no date', () => {
    const rules = rulesOf('试点示范创建期限为即日起至2023年6月底。');
    expect(rules.some(([k]) => k === 'range')).toBe(false);
  });
});
