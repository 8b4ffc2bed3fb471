/**
 * A bar closing a line after a space, the only one on it, is a copied table border: no title of
 * the last item. Controls: a bar inside a line stays, and so does a row written with bars.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const LIST =
  '經專家評審，擬確定3個縣（市、區）開展農村養老服務改革試點工作。名單如下： 1. 合肥市肥東縣 2. 淮北市濉溪縣 3. 黃山市休寧縣';

describe('a bar closing a line', () => {
  it('is no title of the last item', () => {
    const { n } = readResolved(`${LIST} |\n`);
    expect(n.records.map((r) => [r.regionText?.trim(), r.title ?? ''])).toEqual([
      ['合肥市肥東縣', ''],
      ['淮北市濉溪縣', ''],
      ['黃山市休寧縣', ''],
    ]);
  });

  it('is dropped from the reading text, its offsets kept', () => {
    const r = readingText('名單如下 某縣 ｜\n下一行');
    expect(r.text).toBe('名單如下 某縣\n下一行');
    expect(r.origin[r.text.indexOf('下一行')]).toBe('名單如下 某縣 ｜\n'.length);
  });

  it('leaves a bar inside a line and a row written with bars', () => {
    expect(readingText('某某社区 | 某某街道').text).toBe('某某社区 | 某某街道');
    expect(readingText('| 1 | 某某县 |').text).toBe('| 1 | 某某县 |');
  });
});
