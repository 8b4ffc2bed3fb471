/**
 * A composed notice as an import writes it (NoticeDraft), for tests of the ledger's write
 * path that need a notice to hang records on: only what a test compares is given.
 */
import type Database from 'better-sqlite3';
import { insertImport, type NoticeDraft } from '../../src/main/db/write/import-rows';
import { withOperation } from '../../src/main/db/write/with-operation';

/** The notice `tag` (file `tag.txt`, hash `tag`, title 通知tag), with `over` in place. */
export const composedNotice = (tag: string, over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  file: `${tag}.txt`,
  sha256: tag,
  format: 'txt',
  encoding: 'utf-8',
  rawText: '名单',
  title: `通知${tag}`,
  issuer: null,
  docNo: null,
  docNoRaw: null,
  issuedOn: '2024-01-01',
  kind: null,
  programme: '实验区',
  role: 'confirmation',
  warnings: [],
  ...over,
});

/** The zone notice write-path tests hang their records on: only its hash and programme matter. */
export const zoneNotice: NoticeDraft = composedNotice('a', {
  sha256: 'a'.repeat(64),
  rawText: '通知',
  title: '通知',
  issuedOn: '2023-11-20',
  kind: 'zone',
  programme: '全国社区治理和服务创新实验区',
  role: undefined,
});

/** One zone of that notice, titled `title`. */
export const zoneDraft = (title: string) => ({
  kind: 'zone' as const,
  seq: 1,
  fields: { title },
  span: { start: 0, end: 2 },
  extracted: {},
});

/** `n` zones of the zone notice (第1实验区 …) imported in one operation. */
export const importedZones = (ledger: { readonly db: Database.Database }, n: number) =>
  withOperation(ledger, { kind: 'import', summary: '导入' }, (tx) =>
    insertImport(
      tx,
      zoneNotice,
      Array.from({ length: n }, (_, i) => zoneDraft(`第${i + 1}实验区`)),
    ),
  );
