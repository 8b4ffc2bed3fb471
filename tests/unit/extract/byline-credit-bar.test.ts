/**
 * A byline whose credit is set off by a bar rather than a slash ("文丨新京报记者 陈亚杰", "文 | …",
 * "文｜…"): the credit is the reporter's part, the outlet the name before 记者 — as with 文/….
 * A bar with no outlet before 记者 names none.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const item = (byline: string) =>
  extractNotice(
    txtDoc(
      [
        '“改革的难点在人们思想观念的转变，”杨翠霞说。',
        byline,
        '编辑丨胡杰',
        '2月11日，河北省河间市西旧馆村村民王春相“嫁闺女”。',
        '上午新娘在家换好婚纱，步行从家走到50米外的婚俗改革大礼堂。',
      ].join('\n'),
    ),
    { fileName: 't.txt' },
  ).metadata.issuer;

describe('a byline credited across a bar', () => {
  it.each([
    '文丨新京报记者 陈亚杰',
    '文｜新京报记者 陈亚杰',
    '文 | 新京报记者 陈亚杰',
    '文/新京报记者 陈亚杰',
  ])('%s names the outlet alone', (byline) => expect(item(byline)).toBe('新京报'));

  it('a credit with no outlet before 记者 names none (control)', () => {
    expect(item('文丨记者 陈亚杰')).toBeNull();
  });
});
