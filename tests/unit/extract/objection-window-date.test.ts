/**
 * A 公示's window (公示时间：…至…) is the time objections are taken, not the notice's date:
 * the page's own stamp dates it, and with none the date stays unknown.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const LIST = '拟推荐青禾县东坡社区、柳岸社区、石桥社区为市级美丽社区，现予以公示。';
const WINDOW = '公示时间：2020年11月18日至11月24日';

describe('a 公示’s window', () => {
  it('dates no notice', () => {
    expect(meta(['青禾市美丽社区拟推荐名单公示', LIST, WINDOW].join('\n')).issuedOn).toBeNull();
  });

  it('gives way to the page’s stamp above the 公示 it reprints', () => {
    const text = [
      '青禾县三个社区入选市级美丽社区',
      '作者：林晓 时间：2020-12-17 15:35:17',
      '近日，市民政局公布了市级美丽社区名单，青禾县三个社区入选。以下为此前的公示。',
      '关于青禾市美丽社区拟推荐名单的公示',
      LIST,
      WINDOW,
    ].join('\n');
    expect(meta(text).issuedOn).toBe('2020-12-17');
  });
});
