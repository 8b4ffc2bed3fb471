/**
 * The import preview checks its texts' lengths on the page, in characters: a hand-added row
 * or a correction past its limit says so under its field (the commit waits), a long text of
 * Extension-B characters within the limit is not stopped at half of it, and a long title the
 * importer kept and the clerk left alone is not refused.
 */
import { describe, expect, it } from 'vitest';
import {
  addedRowLengthProblem as addedRowProblem,
  editLengthProblem,
  editsTooLong,
} from '../../src/renderer/src/features/import/preview-limits';

const EXT_B = '𠀀𠀁𠀂𠀃𠀄';
const row = (patch: object) => ({
  title: '议事会',
  unit: '',
  regionText: '',
  programme: '',
  batch: '',
  ...patch,
});

describe('the preview’s length limits', () => {
  it('a hand-added row within its limits in characters passes', () => {
    expect(addedRowProblem(row({ title: EXT_B.repeat(300), regionText: EXT_B.repeat(40) }))).toBe(
      null,
    );
  });

  it('a hand-added row past a limit is held, the field and count named', () => {
    expect(addedRowProblem(row({ unit: '社'.repeat(501) }))).toBe(
      '单位有 501 字，超过上限 500 字，请删减后再试',
    );
    expect(addedRowProblem(row({ title: '社'.repeat(2001) }))).toContain('标题有 2001 字');
  });

  it('a correction past its limit is said under its field; one within it is not', () => {
    expect(editLengthProblem({ index: 0, regionText: EXT_B.repeat(40) }, null)).toEqual({
      title: null,
      regionText: null,
    });
    expect(editLengthProblem({ index: 0, regionText: '社'.repeat(201) }, null).regionText).toBe(
      '地区有 201 字，超过上限 200 字，请删减后再试',
    );
    const kept = '社'.repeat(2500);
    expect(editLengthProblem({ index: 0, title: kept }, kept).title).toBeNull();
    expect(editLengthProblem({ index: 0, title: `${kept}一` }, kept).title).toContain(
      '标题有 2501 字',
    );
    expect(editLengthProblem(undefined, kept)).toEqual({ title: null, regionText: null });
    // a file holds its commit while a correction is past its limit, by the row's slot
    const file = { records: [{ title: kept }], slots: [3], edits: {} };
    expect(editsTooLong(file)).toBe(false);
    expect(editsTooLong({ ...file, edits: { 3: { index: 3, title: `${kept}一` } } })).toBe(true);
    expect(editsTooLong({ ...file, edits: { 0: { index: 0, title: `${kept}一` } } })).toBe(false);
  });
});
