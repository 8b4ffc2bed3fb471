import { expect, it } from 'vitest';
import { alongsideOf } from '../../src/renderer/src/features/import/alongside';

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
