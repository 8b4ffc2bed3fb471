/**
 * A news item analysed in the same multi-file import as its confirmation previews as joining
 * the confirmation's records (关联已有), as the commit will store it: the preview writes the
 * session's earlier files first inside its rolled-back dry run. The control: analysed alone,
 * it previews as it always did, and the dry run leaves the ledger empty either way.
 *
 * At the doors: a dry run with `before` writes nothing (the ledger's data is the same before
 * and after), and input it cannot honour is refused with a Chinese message and the ledger
 * left as it was: `before` on a commit (it is written only inside a dry run's rollback, so a
 * commit would silently leave it out), a file of the wrong shape, too many files. The
 * control: the same commit without `before` is stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';

const file = (name: string, lines: string[]) => ({
  name,
  bytes: new TextEncoder().encode(lines.join('\n')),
});

const CONFIRMATION = file('confirmation.txt', [
  '民政部关于确认全国社区治理和服务创新实验区的通知',
  '经研究，确认以下单位为全国社区治理和服务创新实验区：',
  '1.北京市石景山区——深化社区议事协商机制',
  '2.天津市和平区——推进社区养老服务精细化',
  '民政部',
  '2019年6月30日',
]);
const NEWS = file('news.txt', [
  '石景山区获评全国社区治理和服务创新实验区',
  '本报讯（记者 王某）日前，民政部确认北京市石景山区为全国社区治理和服务创新实验区。',
  '石景山区将深化社区议事协商机制，推动基层治理创新。',
  '2019年7月2日',
]);

const EARLIER = file('earlier.txt', [
  '民政部关于确认全国社区治理和服务创新实验区的通知',
  '经研究，确认以下单位为全国社区治理和服务创新实验区：',
  '1.上海市静安区——推进社区协商',
  '2.重庆市渝中区——推进社区服务',
  '民政部',
  '2018年3月1日',
]);

/** A file as the doors take it (base64). */
const wire = (f: { name: string; bytes: Uint8Array }) => ({
  name: f.name,
  dataBase64: Buffer.from(f.bytes).toString('base64'),
});

let done: (() => void) | undefined;
afterEach(() => done?.());

describe('a preview sees the session files that commit before it', () => {
  it('the news item joins the confirmation’s record; alone it does not; nothing is stored', async () => {
    const t = await tempLedger();
    done = t.cleanup;
    const alone = await importFiles(t.ledger, [NEWS], { dryRun: true });
    const withIt = await importFiles(t.ledger, [NEWS], { dryRun: true, before: [CONFIRMATION] });
    const changes = (o: typeof alone) => o.files[0]!.changes!;
    expect(changes(withIt).joined.length).toBeGreaterThan(0);
    expect(changes(withIt).created).toEqual([]);
    expect(changes(alone).joined).toEqual([]);
    const count = t.ledger.db.prepare('SELECT COUNT(*) AS n FROM notices').get();
    expect(count).toEqual({ n: 0 });
  });
});

async function doors(door: ApiContext['door'] = 'browser') {
  const t = await tempLedger();
  done = t.cleanup;
  const ctx: ApiContext = { ledger: t.ledger, door };
  const call = (input: unknown) => dispatch('import/files', input, ctx);
  // A ledger with data of its own, so "unchanged" is not the trivial empty ledger.
  expect((await call({ files: [wire(EARLIER)] })).ok).toBe(true);
  const data = () => ledgerFingerprint(t.ledger.db, { log: true });
  return { call, data };
}

describe('import/files `before` at the doors', () => {
  it('a dry run with confirmations first previews the join and writes nothing', async () => {
    const { call, data } = await doors();
    const was = data();
    const r = await call({ files: [wire(NEWS)], dryRun: true, before: [wire(CONFIRMATION)] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { files: { changes?: { joined: unknown[] } }[] };
    expect(v.files[0]!.changes!.joined.length).toBeGreaterThan(0);
    expect(data()).toBe(was);
  });

  it.each(['desktop', 'browser'] as const)(
    'the %s door refuses `before` on a commit, a file of the wrong shape, too many files',
    async (door) => {
      const { call, data } = await doors(door);
      const was = data();
      const refusals = [
        { files: [wire(NEWS)], dryRun: false, before: [wire(CONFIRMATION)] },
        { files: [wire(NEWS)], before: [wire(CONFIRMATION)] },
        { files: [wire(NEWS)], dryRun: true, before: [{ name: 7, dataBase64: 'x' }] },
        {
          files: [wire(NEWS)],
          dryRun: true,
          before: [{ ...wire(CONFIRMATION), path: '/etc/passwd' }],
        },
        {
          files: [wire(NEWS)],
          dryRun: true,
          before: Array.from({ length: 201 }, () => wire(CONFIRMATION)),
        },
        { files: [wire(NEWS)], dryRun: true, before: wire(CONFIRMATION) },
      ];
      for (const input of refusals) {
        const r = await call(input);
        expect(r.ok).toBe(false);
        if (r.ok) continue;
        expect(r.error.message).toMatch(/^参数不正确：.*before/);
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(data()).toBe(was);
      }
      // Control: the same commit without `before` is stored.
      expect((await call({ files: [wire(NEWS)], dryRun: false })).ok).toBe(true);
      expect(data()).not.toBe(was);
    },
  );
});
