/**
 * A sentence that revokes some sites and then warns or criticises others (省旅游局决定撤销A…；对B、C
 * 给予严重警告): the warned sites are entries (sanctioned-objects.ts) but a warning is no status,
 * whatever the sentence revoked first.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const statuses = (text: string) =>
  readResolved(`福建处理景区\n${text}`).n.records.map((r) => [r.title, r.outcome?.status ?? null]);

describe('sites a sanction falls on after a revocation', () => {
  it('keep no status; the revoked keep 已撤销', () => {
    expect(
      statuses(
        '据了解，省旅游局决定撤销福州皇帝洞生态旅游景区、漳州平和名峰山景区2家3A级旅游景区质量等级；对三明侠天下景区、莆田中国古典工艺博览城2家4A级景区给予严重警告。',
      ),
    ).toEqual([
      ['皇帝洞生态旅游景区', '已撤销'],
      ['名峰山景区', '已撤销'],
      ['侠天下景区', null],
      ['中国古典工艺博览城', null],
    ]);
  });

  it('a criticism after the revocation keeps none either', () => {
    expect(
      statuses(
        '据了解，省旅游局决定撤销福州皇帝洞生态旅游景区、漳州平和名峰山景区2家3A级旅游景区质量等级；对福清市石竹山景区、永泰县青云山景区2家4A级景区给予通报批评。',
      ),
    ).toEqual([
      ['皇帝洞生态旅游景区', '已撤销'],
      ['名峰山景区', '已撤销'],
      ['石竹山景区', null],
      ['青云山景区', null],
    ]);
  });
});
