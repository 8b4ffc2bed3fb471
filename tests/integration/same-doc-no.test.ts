/**
 * The same notice arriving a second time in another file (web page, then Word) has other
 * bytes, so it is not recognised as the same file; its 文号 gives it away, and the preview
 * warns before its mentions and status changes are recorded twice.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());

const NOTICE = `关于确认第二批省级社区治理创新实验区的通知
冀民函〔2021〕57号
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
河北省民政厅
2021年6月30日
`;

const warningsOf = async (id: number) =>
  (await api.call('notices/list', {})).find((n) => n.id === id)!.warnings.map((w) => w.code);

it('a second file with the same 文号 warns, naming the notice already there', async () => {
  const first = await api.importFile('通知.txt', NOTICE);
  expect(await warningsOf(first)).not.toContain('same_doc_no');
  // The same text as another file would give it: other line breaks, other bytes.
  const preview = await api.call('import/files', {
    files: [
      {
        name: '通知（网页版）.txt',
        dataBase64: Buffer.from(NOTICE.replace(/\n/g, '\r\n')).toString('base64'),
      },
    ],
    dryRun: true,
  });
  const warning = preview.notices[0]!.warnings.find((w) => w.code === 'same_doc_no');
  expect(warning?.message).toContain('冀民函〔2021〕57号');
  expect(warning?.message).toContain('《关于确认第二批省级社区治理创新实验区的通知》');
  expect(warning?.message).toContain('移除');
});

it('another notice with another 文号 does not', async () => {
  await api.importFile('通知.txt', NOTICE);
  const other = await api.importFile(
    '另一份.txt',
    NOTICE.replace('57号', '61号').replace('第二批', '第三批'),
  );
  expect(await warningsOf(other)).not.toContain('same_doc_no');
});

it('two files of the same notice in one batch: the second warns, naming the first file', async () => {
  const file = (name: string, text: string) => ({
    name,
    dataBase64: Buffer.from(text).toString('base64'),
  });
  const preview = await api.call('import/files', {
    files: [file('名单.txt', NOTICE), file('名单（表格）.txt', NOTICE.replace(/\n/g, '\r\n'))],
    dryRun: true,
  });
  expect(preview.notices[0]!.warnings.map((w) => w.code)).not.toContain('same_doc_no');
  const warning = preview.notices[1]!.warnings.find((w) => w.code === 'same_doc_no');
  expect(warning?.message).toContain('“名单.txt”');
  expect(warning?.message).toContain('冀民函〔2021〕57号');
  expect(warning?.message).toContain('移除');
  // Committed together, the first is in the ledger when the second is written: it warns.
  const done = await api.call('import/files', {
    files: [file('名单.txt', NOTICE), file('名单（表格）.txt', NOTICE.replace(/\n/g, '\r\n'))],
  });
  expect(await warningsOf(done.files[0]!.noticeId!)).not.toContain('same_doc_no');
  expect(await warningsOf(done.files[1]!.noticeId!)).toContain('same_doc_no');
});
