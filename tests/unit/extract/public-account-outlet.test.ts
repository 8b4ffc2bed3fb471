/** A story closed by 来源：某某日报微信公众号 was run by the paper's public account: the outlet. */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

describe('a paper’s public account named on the source line', () => {
  it('is the outlet', () => {
    const text = [
      '青禾两个社区入选市级美丽社区',
      '近日，市民政局公布了市级美丽社区名单，青禾县东坡社区、柳岸社区入选。',
      '来源：青禾日报微信公众号',
    ].join('\n');
    expect(meta(text).issuer).toBe('青禾日报微信公众号');
  });
});
