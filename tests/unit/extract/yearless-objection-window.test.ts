/**
 * A 公示's window written without its year ("公示时间：6月2~9日") in a notice dated by its
 * signature: the window is stated, in the notice's year.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an objection window with no year', () => {
  it('is read as the window, dated in the signature’s year', () => {
    const { n } = readResolved(
      [
        '第三批某某古镇候选名单',
        '经审核，确定第三批某某古镇候选名单，现予公示。任何单位或个人对公示的名单有异议，可于公示期间向省民政厅反映。',
        '公示时间：5月3~10日',
        '某某省民政厅',
        '2018年4月28日',
        '古镇候选名单2个：',
        '嘉兴市嘉善县西塘镇',
        '湖州市南浔区南浔镇',
      ].join('\n'),
    );
    const w = n.rules.filter((r) => r.kind === 'objection_window');
    expect(w).toHaveLength(1);
    expect(w[0]!.params).toMatchObject({ from: '2018-05-03', to: '2018-05-10' });
  });
});
