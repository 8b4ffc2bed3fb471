import { expect, it } from 'vitest';
import { alongsideOf } from '../../src/renderer/src/features/import/alongside';
import { KEPT_TEXT_MAX_CHARS } from '../../src/shared/text-limit';

const notice = (docNo: string) => ({
  docNo,
  title: '名单',
  issuer: '民政部',
  issuedOn: '2019-05-01',
});
type Previewed = ReturnType<typeof notice> | null;
const file = (key: string, stage: string, n: Previewed) => ({
  key,
  name: `${key}.docx`,
  stage,
  notice: n,
});

// Each file is previewed in a call of its own: the call is told of the session's other
// files still awaiting commit (a committed one is in the ledger, a failed one is not coming).
it('names the other files awaiting commit, not the file itself nor files done with', () => {
  const files = [
    file('a', 'preview', notice('民函〔2019〕41号')),
    file('b', 'analysing', null),
    file('c', 'committed', notice('民函〔2019〕40号')),
    file('d', 'failed', null),
  ];
  expect(alongsideOf(files, 'b')).toEqual([
    {
      file: 'a.docx',
      docNo: '民函〔2019〕41号',
      title: '名单',
      issuer: '民政部',
      issuedOn: '2019-05-01',
    },
  ]);
  expect(alongsideOf(files, 'a')).toEqual([]);
});

// The door takes a kept text up to KEPT_TEXT_MAX_CHARS characters (contract-import.ts): a
// title within it is sent whole, however long; past it, as unknown, and the file is analysed.
it('sends a long kept title whole, one past what the door takes as unknown', () => {
  const long = '𠀀'.repeat(KEPT_TEXT_MAX_CHARS);
  const past = '社'.repeat(KEPT_TEXT_MAX_CHARS + 1);
  const files = [
    file('a', 'preview', { ...notice('民函〔2019〕41号'), title: long }),
    file('b', 'preview', { ...notice('民函〔2019〕42号'), title: past, issuer: past }),
    file('c', 'analysing', null),
  ];
  const [a, b] = alongsideOf(files, 'c');
  expect(a!.title).toBe(long);
  expect([b!.title, b!.issuer, b!.docNo]).toEqual([null, null, '民函〔2019〕42号']);
});
