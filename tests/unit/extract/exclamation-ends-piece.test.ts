/**
 * An exclamation after the verb naming the places ends their sentence as a full stop does: the
 * places are read, whatever the next sentence says ("…全省仅A县和B县成功获评!“千年古县”是由…启动的").
 * A headline's cry (全省示范!…) ends nothing, and inside a short quoted name the mark is the name's.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { piecesOf } from '../../../src/main/core/import/extract/prose-labels';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { txtDoc } from './helpers';

const regions = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).records.map(
    (r) => r.regionText,
  );
const pieces = (line: string) => piecesOf(keyText(line).lines[0]!).map((p) => p.text);

describe('an exclamation closing a sentence of places', () => {
  it('ends the sentence, so its places are read before the next one', () => {
    expect(
      regions(
        '近日,全椒县被评定为“千年古县”,全省仅滁州市全椒县和淮南市寿县成功获评!“千年古县”是由联合国地名专家组中国分部启动的项目。',
      ),
    ).toEqual(['全椒县', '淮南市寿县']);
  });

  it('ends a piece after a naming verb, and nowhere else', () => {
    expect(pieces('甲县获评!乙县入选')).toEqual(['甲县获评', '乙县入选']);
    expect(pieces('全省示范!淮北这些村上榜')).toEqual(['全省示范!淮北这些村上榜']);
    expect(pieces('湖南唯一!湘西州花垣县入选')).toEqual(['湖南唯一!湘西州花垣县入选']);
    expect(pieces('“荣获!社区”项目入选')).toEqual(['“荣获!社区”项目入选']);
  });
});
