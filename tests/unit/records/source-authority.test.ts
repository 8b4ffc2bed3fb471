/**
 * Source authority and status from events: the confirmation outranks later official notices,
 * which outrank news; between equals the earlier notice keeps its word (so import order does
 * not matter); a person's value stays. A record's status is its deciding event's.
 */
import { describe, expect, it } from 'vitest';
import {
  authorityOf,
  noticeTieBreak,
  PERSON_AUTHORITY,
  silentSource,
  takesField,
} from '../../../src/main/core/records/source-authority';
import { decidingEvent, statusText } from '../../../src/main/core/records/status-events';
import { chooseSources } from '../../../src/main/core/dedupe/survivor';

const src = (role: string, issuedOn: string | null = '2020-01-01', tieBreak = 'a') => ({
  authority: authorityOf(role),
  issuedOn,
  tieBreak,
});

describe('source authority', () => {
  it('never lets news or a progress report replace the confirmation’s values', () => {
    const cur = { value: '民政部的实验内容', source: src('confirmation') };
    expect(takesField('content', cur, { value: '报纸的一段话更长更长', source: src('news') })).toBe(
      false,
    );
    expect(
      takesField('content', cur, { value: '通报的说法', source: src('progress_report') }),
    ).toBe(false);
    expect(
      takesField(
        'content',
        { value: '报纸的一段话', source: src('news') },
        { value: '民政部', source: src('confirmation') },
      ),
    ).toBe(true);
  });

  it('clears a newspaper’s wording of a theme when the confirmation gives none', () => {
    expect(
      takesField(
        'title',
        { value: '报纸写的主题', source: src('news') },
        { value: '', source: src('confirmation') },
      ),
    ).toBe(true);
    expect(
      takesField(
        'title',
        { value: '', source: src('confirmation') },
        { value: '报纸写的主题', source: src('news') },
      ),
    ).toBe(false);
  });

  it('keeps a person’s value, and between equals the earlier notice', () => {
    const person = { authority: PERSON_AUTHORITY, issuedOn: null, tieBreak: '' };
    expect(
      takesField(
        'title',
        { value: '人工', source: person },
        { value: 'x', source: src('confirmation') },
      ),
    ).toBe(false);
    const early = src('progress_report', '2020-01-01', 'z');
    const late = src('progress_report', '2021-01-01', 'a');
    expect(takesField('year', { value: 2021, source: late }, { value: 2020, source: early })).toBe(
      true,
    );
    expect(takesField('year', { value: 2020, source: early }, { value: 2021, source: late })).toBe(
      false,
    );
  });
});

describe('a story and where a record stands (programme, year, batch)', () => {
  const confirmation = src('confirmation', null);
  const blankYear = { value: null, source: null };

  it('reads a blank placing field as the silence of the strongest notice naming the record', () => {
    expect(silentSource('year', blankYear, () => confirmation)).toBe(confirmation);
    expect(silentSource('batch', { value: '', source: null }, () => confirmation)).toBe(
      confirmation,
    );
    const cur = { value: null, source: silentSource('year', blankYear, () => confirmation) };
    expect(takesField('year', cur, { value: 2022, source: src('news') })).toBe(false);
    // an official notice writing the year fills it
    expect(takesField('year', cur, { value: 2022, source: src('progress_report') })).toBe(true);
  });

  it('reads an untitled record’s blank title as the official list’s silence: a story never titles it', () => {
    // stored as no value, the blank has no source of its own (the zone listed by its place)
    const untitled = { value: null, source: silentSource('title', blankYear, () => confirmation) };
    expect(untitled.source).toBe(confirmation);
    expect(
      takesField('title', untitled, { value: '探索农村社区治理路径', source: src('news') }),
    ).toBe(false);
    // a record only stories name takes a story's wording of its theme
    const storyOnly = { value: null, source: silentSource('title', blankYear, () => src('news')) };
    expect(takesField('title', storyOnly, { value: '社区治理', source: src('news') })).toBe(true);
  });

  it('leaves alone a field with its own source, a filled one, and a field that places nothing', () => {
    const own = src('news');
    expect(silentSource('year', { value: null, source: own }, () => confirmation)).toBe(own);
    expect(silentSource('year', { value: 2019, source: null }, () => confirmation)).toBeNull();
    expect(silentSource('content', blankYear, () => confirmation)).toBeNull();
    expect(silentSource('town', blankYear, () => confirmation)).toBeNull();
  });

  it('clears a story’s year or batch once an official notice names the record without one', () => {
    for (const field of ['year', 'batch', 'programme'])
      expect(
        takesField(
          field,
          { value: field === 'year' ? 2022 : '第二批', source: src('news') },
          { value: null, source: src('confirmation') },
        ),
      ).toBe(true);
    // …but a story's silence clears nothing, nor does another official notice's of an official value
    expect(
      takesField(
        'year',
        { value: 2019, source: src('confirmation') },
        { value: null, source: src('news') },
      ),
    ).toBe(false);
    expect(
      takesField(
        'year',
        { value: 2019, source: src('confirmation') },
        { value: null, source: src('progress_report') },
      ),
    ).toBe(false);
  });
});

describe('the tie-break between equally dated notices', () => {
  it('is the notice’s text first, so a copy saved again keeps the same word', () => {
    const theirs = src('confirmation', '2020-05-08', noticeTieBreak('另一份名单', 'b'.repeat(64)));
    const copies = ['0'.repeat(64), 'f'.repeat(64)].map((file) =>
      src('confirmation', '2020-05-08', noticeTieBreak('同一份名单', file)),
    );
    const verdicts = copies.map((mine) =>
      takesField(
        'title',
        { value: '对方的说法', source: theirs },
        { value: '本通知的说法', source: mine },
      ),
    );
    expect(verdicts[0]).toBe(verdicts[1]);
    // same text, two files: still a total order (the file's hash)
    expect(copies[0]!.tieBreak < copies[1]!.tieBreak).toBe(true);
  });
});

describe('status from events', () => {
  it('takes the latest dated event, and places an undated acceptance after an extension', () => {
    const ext = {
      status: '已延期' as const,
      grade: null,
      untilOn: '2021-12-31',
      occurredOn: '2021-06-18',
    };
    const acc = {
      status: '已验收' as const,
      grade: '合格' as const,
      untilOn: null,
      occurredOn: null,
    };
    expect(statusText(decidingEvent([ext, acc]))).toBe('已验收（合格）');
    expect(statusText(decidingEvent([ext]))).toBe('已延期（至2021-12-31）');
    expect(statusText(decidingEvent([]))).toBeNull();
  });
});

describe('a merge by default', () => {
  it('keeps the Ministry’s 实验内容 over a longer newspaper paragraph, unless a person chooses it', () => {
    const ministry = {
      id: 1,
      values: { content: '探索社区协商机制' },
      truncated: false,
      sources: { content: 'confirmation' },
    };
    const paper = {
      id: 2,
      values: { content: '本报讯 记者走访了该区多个社区，居民们纷纷表示……（一段很长的报道）' },
      truncated: false,
      sources: { content: 'news' },
    };
    expect(chooseSources([ministry, paper], 2).content).toBe(1);
    expect(chooseSources([ministry, paper], 2, { content: 2 }).content).toBe(2);
  });
});
