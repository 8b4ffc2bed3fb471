/**
 * A page saved in one double-byte family under a meta naming the other: Big5 bytes under
 * "gb2312" (a traditional page re-saved by a simplified tool), GBK bytes under "big5". Read as
 * declared, every character is another; the bytes show their family and are read as it. A GB
 * page that says GB, traditional characters and all, stays GB.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';

const page = (charset: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

const TRAD =
  '臨汾新聞網訊（記者 范韶華）近日，堯都區鄉賢街辦事處啟動首屆“最美社區”評選活動，在鄉賢、貢院、鄉東、瑤池、三和、水門、迎春7個社區中評選出“最美社區”。';
const SIMP =
  '临汾新闻网讯（记者 范韶华）近日，尧都区乡贤街办事处启动首届“最美社区”评选活动，在乡贤、贡院、乡东、瑶池、三和、水门、迎春7个社区中评选出“最美社区”。';

describe('a page whose meta names the other double-byte family', () => {
  it('reads Big5 bytes under a gb2312 meta as Big5', async () => {
    const bytes = new Uint8Array(iconv.encode(page('gb2312', TRAD), 'big5'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('堯都區鄉賢街辦事處');
  });

  it('reads GBK bytes under a big5 meta as GB18030', async () => {
    const bytes = new Uint8Array(iconv.encode(page('big5', SIMP), 'gbk'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('尧都区乡贤街办事处');
  });

  it('control: GBK bytes of traditional characters under a gbk meta stay GB18030', async () => {
    const bytes = new Uint8Array(iconv.encode(page('gbk', TRAD), 'gbk'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('堯都區鄉賢街辦事處');
  });

  it('control: Big5 bytes under a big5 meta stay Big5', async () => {
    const bytes = new Uint8Array(iconv.encode(page('big5', TRAD), 'big5'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('堯都區鄉賢街辦事處');
  });
});

describe('control: a few characters read either way keep the meta', () => {
  it('keeps a short Big5 text under a big5 meta Big5 (社區 has the byte shape of GB2312)', async () => {
    const bytes = new Uint8Array(iconv.encode(page('big5', '社區'), 'big5'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('社區');
  });

  it("keeps a short GBK text under a gb2312 meta GB (names' GBK bytes read as Big5 too)", async () => {
    const bytes = new Uint8Array(iconv.encode(page('gb2312', '祎 玥 琇 珺 瑄'), 'gbk'));
    const doc = await readNotice('p.html', bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('祎 玥 琇 珺 瑄');
  });
});
