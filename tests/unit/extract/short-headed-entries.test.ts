/**
 * An entry read with no place whose name opens with a county written short ("武安…园区" among
 * "武安市…", "涉县…") is a lost place, said with a warning, never in silence. Controls: a list
 * with every entry placed says nothing, and so does an unplaced entry opening with a short name
 * of a place outside the city the others lie in. Composed lists.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const list = (...names: string[]) =>
  `邯郸市农业农村局拟认定以下园区为市级现代农业园区，名单如下：\n${names.map((n, i) => `${i + 1}、${n}`).join('\n')}\n`;

const shortWarnings = (text: string) =>
  readResolved(text).n.warnings.filter(
    (w) => w.code === 'region_unresolved' && w.message.includes('简写'),
  );

describe('an unplaced entry opening with a county written short', () => {
  it('is said, with the short name', () => {
    const ws = shortWarnings(
      list(
        '涉县青山现代农业园区',
        '武安市京南生态现代农业园区',
        '武安希望田野现代农业园区',
        '魏县梨乡现代农业园区',
      ),
    );
    expect(ws.map((w) => ('regionText' in w ? w.regionText : null))).toEqual(['武安']);
  });

  it('says nothing when every entry is placed', () => {
    expect(
      shortWarnings(
        list('涉县青山现代农业园区', '武安市京南生态现代农业园区', '魏县梨乡现代农业园区'),
      ),
    ).toEqual([]);
  });

  it('says nothing of a name opening like a place outside the list’s city', () => {
    expect(
      shortWarnings(list('涉县青山现代农业园区', '长安福地现代农业园区', '魏县梨乡现代农业园区')),
    ).toEqual([]);
  });
});
