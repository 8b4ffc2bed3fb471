/**
 * A page's furniture line (文字:[大][中][小] 2022/8/26 浏览次数:) ends with a colon yet opens no
 * story: the wire's dateline under it does, and names the outlet (info-line-stamp.ts, title.ts).
 * Composed after a firm's repost of an agency item; a sentence ending with a colon still opens it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.issuer;
const dateline =
  '新华社北京8月26日电(记者白阳、齐琪)记者从26日举行的发言人记者会获悉,第四批基层立法联系点已经确定。\n';

describe('a furniture line above the dateline', () => {
  it('is skipped, so the dateline names the outlet', () => {
    expect(
      issuer(
        '行业动态\n我国将增设10个基层立法联系点\n文字:[大][中][小] 手机页面二维码 2022/8/26     浏览次数:\n' +
          dateline,
      ),
    ).toBe('新华社');
  });

  it('leaves a sentence ending with a colon the story’s opening', () => {
    expect(
      issuer(
        '我国将增设10个基层立法联系点\n据悉,此次将增设的基层立法联系点名单如下,请各地认真做好衔接:\n' +
          dateline,
      ),
    ).toBeNull();
  });
});
