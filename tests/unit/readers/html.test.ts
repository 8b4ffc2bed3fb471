import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { MAX_HTML_DEPTH } from '../../../src/main/core/import/readers/html-walker';
import { gbkPage, nestedHtml } from '../../support/fixtures/text-fixtures';
import { expectConsistent, readError } from './consistency';
import { expectNoRunaway } from '../../support/runaway';

describe('html reader', () => {
  it('decodes a gb2312-declared page as gb18030, keeps the article and drops the site chrome', async () => {
    const doc = await readNotice('notice.htm', gbkPage());
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('gb18030');
    expectConsistent(doc);
    expect(doc.text).toBe(
      [
        '关于公布社区协商示范点的通知',
        '各设区市民政局：',
        '　　经评审，确定以下社区为协商示范点，名单如下：',
        '1. 平阳市南湖区柳岸社区',
        '2. 平阳市北岭区石桥社区',
        '3. 㙟口镇中心社区',
        '地市\t社区\t协商形式',
        '平阳市\t柳岸社区\t楼栋议事会',
        '平阳市\t石桥社区\t居民说事点',
        '青溪县\t待定\t待定',
        '河东省民政厅',
        '2023年3月9日',
      ].join('\n'),
    );
    for (const junk of [
      '首页',
      '政务公开',
      '当前位置',
      '分享到',
      '打印本页',
      '相关文章',
      '版权所有',
      'ICP',
      'var menu',
      'color:red',
    ]) {
      expect(doc.text).not.toContain(junk);
    }
    expect(doc.hints).toEqual({
      title: '关于公布社区协商示范点的通知_河东省民政厅',
      date: '2023-03-09',
    });
  });

  it('sniffs HTML by content even when it is named .doc', async () => {
    const doc = await readNotice(
      '通知.doc',
      Buffer.from('<html><body><p>网页另存的“Word”</p></body></html>'),
    );
    expect(doc.format).toBe('html');
    expect(doc.text).toBe('网页另存的“Word”');
  });

  it('keeps <br> line breaks, <pre> whitespace and <ul> items without numbers', async () => {
    const html =
      '<body><p>甲<br/>乙</p><pre>  对齐  文本\n第二行</pre><ul><li>一项</li><li>二项</li></ul></body>';
    const doc = await readNotice('a.html', Buffer.from(html));
    expect(doc.text).toBe('甲\n乙\n对齐  文本\n第二行\n一项\n二项');
  });

  it('falls back to keeping class-marked content when stripping it would leave nothing', async () => {
    const doc = await readNotice(
      'a.html',
      Buffer.from('<body><div class="menu-content"><p>唯一正文</p></div></body>'),
    );
    expect(doc.text).toBe('唯一正文');
  });

  it('reads thousands of nesting levels and refuses absurd depth with a ReadError', async () => {
    // ~80 ms for 4,000 levels on a quiet machine.
    const ok = await expectNoRunaway(300, () => readNotice('deep.html', nestedHtml(4000)));
    expect(ok.text).toBe('深层正文');
    const e = await expectNoRunaway(300, () =>
      readError(readNotice('deeper.html', nestedHtml(MAX_HTML_DEPTH))),
    );
    expect(e.code).toBe('html_too_deep');
    expect(e.message).toContain('嵌套');
  });
});
