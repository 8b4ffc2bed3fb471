import { expect, it } from 'vitest';
import { titleDateIssuerKey } from '../../src/main/core/import/notice-twin';

const news = {
  docNo: null,
  title: '我省两地入选全国社区治理和服务创新实验区（第四批）',
  issuer: '河北省民政厅',
  issuedOn: '2022-03-08',
};

it('the same title written in other script, width and spacing is the same key', () => {
  const reprint = {
    ...news,
    title: '我省兩地入選 全国社区治理和服务创新实验区(第四批)',
    issuer: '河北省民政廳',
  };
  expect(titleDateIssuerKey(reprint)).toBe(titleDateIssuerKey(news));
});

it('another day or another issuer is another key; without one of the three there is none', () => {
  expect(titleDateIssuerKey({ ...news, issuedOn: '2022-03-09' })).not.toBe(
    titleDateIssuerKey(news),
  );
  expect(titleDateIssuerKey({ ...news, issuer: '山西省民政厅' })).not.toBe(
    titleDateIssuerKey(news),
  );
  expect(titleDateIssuerKey({ ...news, issuer: null })).toBeNull();
  expect(titleDateIssuerKey({ ...news, issuedOn: null })).toBeNull();
  expect(titleDateIssuerKey({ ...news, title: ' ' })).toBeNull();
});
