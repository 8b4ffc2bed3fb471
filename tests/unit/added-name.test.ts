/** A row added by hand in the import preview: a case needs its 名称, any other kind 名称 or 地区. */
import { describe, expect, it } from 'vitest';
import { addedNameProblem } from '../../src/shared/added-name';

describe('what names a row added by hand', () => {
  it('lets a zone or an observation point go by its place alone', () => {
    expect(addedNameProblem('zone', '', '邯郸市丛台区')).toBeNull();
    expect(addedNameProblem('observation', ' ', '丛台区')).toBeNull();
    expect(addedNameProblem('other', '', '丛台区')).toBeNull();
  });

  it('asks a case for its 名称, and any row for something that names it', () => {
    expect(addedNameProblem('case', '', '邯郸市丛台区')).toBe('请填写名称／主题');
    expect(addedNameProblem('zone', '', ' ')).toBe('请填写名称／主题或地区');
    expect(addedNameProblem('case', '网格议事', '')).toBeNull();
  });
});
