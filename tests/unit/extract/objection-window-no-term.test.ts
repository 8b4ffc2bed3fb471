/**
 * A list's objection window written with its years (公示期为2015年4月2日—2015年4月9日) is the
 * days to object, no term of the listed units: no range, so no period and no duty hangs on it.
 * Controls: a term stated as a range (试点期限为2015年4月至2017年4月) is one, also in the
 * sentence after a window.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const rulesOf = (body: string) =>
  extractNotice(
    txtDoc(
      `关于海绵城市建设试点城市名单的公示\n经评审，拟确定以下城市为海绵城市建设试点城市。\n${body}\n`,
    ),
    { fileName: 't' },
  ).rules.map((r) => [r.kind, r.params]);

describe('an objection window written with its years', () => {
  it('is an objection window, no range', () => {
    const rules = rulesOf('现予以公示，公示期为2015年4月2日—2015年4月9日。');
    expect(rules.map(([k]) => k)).toEqual(['objection_window']);
  });

  it('leaves a term stated as a range one', () => {
    const rules = rulesOf(
      '现予以公示，公示期为2015年4月2日—2015年4月9日。试点期限为2015年4月至2017年4月。',
    );
    expect(rules).toContainEqual(['range', { from: '2015-04', to: '2017-04' }]);
    expect(rules.filter(([k]) => k === 'range')).toHaveLength(1);
  });
});
