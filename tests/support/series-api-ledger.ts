/**
 * A fresh ledger driven through the API with one stored series beside it: `file(stem)` is one
 * of the series' notices as an import sends it. The history tests import a series' notices
 * one by one and read what 操作记录 says of each.
 */
import { apiLedger } from './api-ledger';
import { seriesFiles } from './series/series-files';

export async function seriesApiLedger(series: string) {
  const files = await seriesFiles(series);
  const api = await apiLedger();
  const file = (stem: string) => {
    const f = files.find((x) => x.stem === stem)!;
    return { name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') };
  };
  return { call: api.call, file, close: api.cleanup };
}
