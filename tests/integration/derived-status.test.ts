/**
 * The grid's 状态 for a zone nobody wrote one for is the status the Excel export derives,
 * from the same milestones by the same function: a 2016 batch whose final report is long
 * past and whose acceptance is not done reads 待验收 in both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { recordStatus } from '../../src/main/core/export/record-status';
import { todayInChina } from '../../src/main/core/schedule/dates';
import type { Ledger } from '../../src/main/db/ledger';
import type { GridRecord, Page } from '../../src/shared/domain';
import type { DeadlineItem } from '../../src/shared/schedule';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => ({ ledger, cleanup } = await tempLedger()));
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, { ledger, door: 'cli' });
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

it('a zone with no status written shows in the grid what the export writes', async () => {
  const name = 'three-year-approval.txt';
  const bytes = readFileSync(path.join(__dirname, '..', 'fixtures', 'schedule', name));
  await importFiles(ledger, [{ name, bytes }]);
  const page = await call<Page<GridRecord>>('records/page', { kind: 'zone' });
  expect(page.rows.length).toBe(3);
  const items = await call<DeadlineItem[]>('deadlines/list', {});
  for (const r of page.rows) {
    const exported = recordStatus(
      r,
      items.filter((m) => m.recordId === r.id),
      todayInChina(),
    );
    expect(exported).toBe('待验收');
    expect(r.derivedStatus).toBe(exported);
  }
});
