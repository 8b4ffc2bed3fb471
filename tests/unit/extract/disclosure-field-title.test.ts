/**
 * A disclosure page's field lines (发布机构：…, 备注/文号：…, 公文生成日期：…) above a document with
 * no title line label the document; none is its title (title.ts). Composed after a county bureau's
 * page; a headline above the fields is still the title.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const body =
  '为继续做好农村固定观察点工作,现将省级专项资金14.06万元拨付给你镇,资金专项用于国家级农村固定观察点海门村的专项调查,请抓紧拨付。\n' +
  '惠安县农业农村局\n2025年7月4日\n';
const title = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.title;

describe('a disclosure page’s fields', () => {
  it('give the document no title', () => {
    expect(
      title(
        '备注/文号:惠农综〔2025〕20号\n发布机构:惠安县农业农村局\n公文生成日期:2025-07-04\n' + body,
      ),
    ).toBeNull();
  });

  it('leave a headline above them the title', () => {
    expect(
      title('关于拨付农村固定观察点专项调查补助资金的通知\n发布机构:惠安县农业农村局\n' + body),
    ).toBe('关于拨付农村固定观察点专项调查补助资金的通知');
  });
});
