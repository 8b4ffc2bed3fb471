/**
 * A news item analysed in the same multi-file import as its confirmation previews as joining
 * the confirmation's records (关联已有), as the commit will store it: the preview writes the
 * session's earlier files first inside its rolled-back dry run. The control: analysed alone,
 * it previews as it always did, and the dry run leaves the ledger empty either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
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
