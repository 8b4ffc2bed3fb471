/**
 * An untitled notice named by what it is (issuer and date, else its first line), never by
 * its file name alone.
 */
import { describe, expect, it } from 'vitest';
import { firstLineOf, noticeName, untitledNoticeName } from '../../src/shared/notice-name';

describe('an untitled notice’s name', () => {
  it('its first line of words, blank and punctuation-only lines passed over', () => {
    expect(firstLineOf('\n  \n——\n大悟县全面推进基层政务公开标准化规范化工作方案\n正文')).toBe(
      '大悟县全面推进基层政务公开标准化规范化工作方案',
    );
    expect(firstLineOf('　关于　印发  方案的通知\r\n')).toBe('关于 印发 方案的通知');
    expect(firstLineOf('\n \n')).toBeNull();
  });

  it('a paragraph for a first line is cut to a headline', () => {
    const line = firstLineOf('为'.repeat(200))!;
    expect([...line]).toHaveLength(60);
    expect(line.endsWith('…')).toBe(true);
  });

  it('issuer and date first, then the first line, then whichever is known', () => {
    const firstLine = '大悟县全面推进基层政务公开标准化规范化工作方案';
    expect(untitledNoticeName({ issuer: '民政部', issuedOn: '2019-03-25', firstLine })).toBe(
      '民政部 2019-03-25',
    );
    expect(untitledNoticeName({ issuer: '民政部', issuedOn: null, firstLine })).toBe(firstLine);
    expect(untitledNoticeName({ issuer: '民政部', issuedOn: null, firstLine: null })).toBe(
      '民政部',
    );
    expect(untitledNoticeName({ issuer: null, issuedOn: null, firstLine: null })).toBeNull();
  });
});

describe('a blank title', () => {
  const n = { issuer: '民政部', issuedOn: '2019-03-25', file: '004.txt' };
  it('reads as untitled, as a missing one does', () => {
    expect(noticeName({ ...n, title: '' })).toBe('民政部 2019-03-25');
    expect(noticeName({ ...n, title: ' 　' })).toBe('民政部 2019-03-25');
    expect(noticeName({ ...n, title: null })).toBe('民政部 2019-03-25');
  });
  it('a title of words is the name, kept as written', () => {
    expect(noticeName({ ...n, title: '关于公布名单的通知' })).toBe('关于公布名单的通知');
  });
});
