/**
 * A scope word and a generic honour word only ("入选国家试点") give a programme's level, not its
 * name: the name is taken from where the notice writes it in full.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { txtDoc } from './helpers';

describe('a programme written only by its level', () => {
  it('names no programme', () => {
    expect(cleanProgramme('国家试点', null)).toBeNull();
    expect(cleanProgramme('省级示范单位', null)).toBeNull();
    expect(cleanProgramme('全国社区教育试点', null)?.name).toBe('全国社区教育试点');
  });

  it('leaves the name the headline writes in full', () => {
    const m = extractNotice(
      txtDoc(
        [
          '六部门公布了全国88个智慧社区建设试点名单',
          '日前，六部门公布了全国88个智慧社区建设试点名单，青禾县东坡社区、柳岸社区入选国家试点，占全省入选总数的一半。',
        ].join('\n'),
      ),
      { fileName: 't' },
    ).metadata;
    expect(m.programme).toContain('智慧社区建设试点');
  });
});
