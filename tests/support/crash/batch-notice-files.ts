/**
 * The notice files the batch crash test imports: generated 30-item notices, the same bytes
 * in the test and in the child process it kills, so a stored notice can be compared with
 * the same file imported without a crash.
 */
import type { ImportFile } from '../../../src/main/app/import/import-notices';
import {
  createRng,
  encodeNotice,
  fallbackPool,
  generateLedger,
  makeNoticeMeta,
  NOTICE_LAYOUTS,
  renderNotice,
} from '../generate';

const PER_NOTICE = 30;

export function batchNoticeFiles(count: number, seed = 19): ImportFile[] {
  const g = generateLedger({ seed, size: count * PER_NOTICE }, fallbackPool());
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const records = g.records.slice(i * PER_NOTICE, (i + 1) * PER_NOTICE);
    const notice = renderNotice(
      records,
      makeNoticeMeta(rng, records[0]!),
      NOTICE_LAYOUTS[i % NOTICE_LAYOUTS.length]!,
    );
    return { name: `notice-${i}.txt`, bytes: new Uint8Array(encodeNotice(notice.text, 'utf-8')) };
  });
}
