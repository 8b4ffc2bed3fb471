/**
 * A page's links to the posts beside it carry those posts' stamps ("上一篇 2023-06-26 08:07:09"):
 * no date of this page, which may show none of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuedOn = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt' }).metadata.issuedOn;

const BODY =
  '某市首批儿童友好社区名单出炉\n经实地考核评审，3个社区获得首批“某市儿童友好社区”命名。\n甲县城关镇北门社区\n乙区青石街道柳岸社区\n丙区桂花街道云溪社区\n本文来自投稿，不代表本站立场';

describe('the stamps of the neighbouring posts', () => {
  it('date no page that shows none of its own', () => {
    expect(issuedOn(`${BODY}\n上一篇 2023-06-26 08:07:09\n下一篇 2023-06-27 09:10:11`)).toBeNull();
  });

  it('leave the page’s own stamp the date', () => {
    expect(issuedOn(`2023-05-04 10:00:00 来源：某某网\n${BODY}\n上一篇 2023-06-26 08:07:09`)).toBe(
      '2023-05-04',
    );
  });
});
