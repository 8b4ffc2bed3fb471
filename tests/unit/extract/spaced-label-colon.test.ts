/**
 * A city label with a space before its colon ("呼和浩特市 :清水河县", as a copied list pads it)
 * heads the places after it like "赤峰市:红山区": the city is the label, no entry of its own. A
 * city and a county parted by a space alone (no colon) are read as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '2018年全国义务教育发展基本均衡县(市、区)名单\n内蒙古自治区(8个)\n';

describe('a label with a space before its colon', () => {
  it('reads the city as the label of the places after the colon', () => {
    const { codes } = readResolved(
      HEAD + '呼和浩特市 :清水河县\n赤峰市:红山区 巴林左旗 翁牛特旗\n鄂尔多斯市 :杭锦旗\n',
    );
    expect(codes).toEqual(['150124', '150402', '150422', '150426', '150625']);
  });

  it('leaves a city and a county parted by a space alone as they were read', () => {
    const { codes } = readResolved(
      HEAD + '呼和浩特市 清水河县\n赤峰市:红山区 巴林左旗 翁牛特旗\n鄂尔多斯市 杭锦旗\n',
    );
    expect(codes).toEqual(['150100', '150124', '150402', '150422', '150426', '150600', '150625']);
  });
});
