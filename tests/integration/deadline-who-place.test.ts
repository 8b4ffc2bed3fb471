/**
 * 期限 names a deadline's record by its place as the grid's 区划 column does: a county with its
 * city — two notices' bare 鼓楼区 (南京's and 福州's) are two places, not one name twice — and a
 * clerk's filter finds a row by the city it shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineWho } from '../../src/shared/schedule';
import { apiLedger } from '../support/api-ledger';

const notice = (city: string, issuer: string) => `${issuer}关于确认社区治理创新实验区的通知
各区民政局：
经评审，确认以下地区为${city}第一批社区治理创新实验区：
1.鼓楼区
请各实验区于2025年3月31日前报送实验方案。
${issuer}
2024年12月20日
`;

describe('a deadline names its place with its city', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('tells 南京市鼓楼区 from 福州市鼓楼区, and the filter finds each by its city', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    await t.importFile('南京.txt', notice('南京市', '南京市民政局'));
    await t.importFile('福州.txt', notice('福州市', '福州市民政局'));
    const written = t.db
      .prepare(
        "SELECT region_text AS r, city FROM records WHERE region_text = '鼓楼区' ORDER BY id",
      )
      .all();
    expect(written).toEqual([
      { r: '鼓楼区', city: '南京市' },
      { r: '鼓楼区', city: '福州市' },
    ]);
    const items = await t.call('deadlines/list', { asOf: '2025-01-01' });
    const who = new Set(items.flatMap((i) => (i.record ? [deadlineWho(i)] : [])));
    // two provinces in the ledger: each place says its own, and no row says 鼓楼区 alone
    expect(who).toContain('江苏省南京市鼓楼区');
    expect(who).toContain('福建省福州市鼓楼区');
    expect(who).not.toContain('鼓楼区');
    const page = await t.call('deadlines/page', {
      asOf: '2025-01-01',
      section: 'open',
      within: 3660,
      filter: '福州',
    });
    expect(JSON.stringify(page)).toContain('福建省福州市鼓楼区');
    expect(JSON.stringify(page)).not.toContain('南京市鼓楼区');
  }, 120_000);
});
