/**
 * What a person typed or pasted into a record's field, made into the value stored — or a
 * Chinese message saying why it cannot be right. Pure: the grid's edits, paste and new
 * records all pass through it before anything is written.
 */
import { AppError } from '../../../shared/app-error';
import type { EditableRecordField, RecordKind } from '../../../shared/domain';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../shared/domain';
import { fieldLabel } from '../../../shared/record-fields';
import { titleLengthProblem } from '../../../shared/title-limit';

/** Digits as a Chinese input method in full-width mode types them (２０１９) read as ASCII. */
const halfWidthDigits = (s: string): string =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const KIND_BY_LABEL = new Map<string, RecordKind>(
  RECORD_KINDS.map((k) => [RECORD_KIND_LABELS[k], k]),
);

/**
 * Normalises what a person typed or pasted; throws a Chinese message when it cannot be right.
 * `held` is what the cell holds now (none for a new record): a title sent back as it is stored
 * is not refused for its length.
 */
export function normaliseValue(
  field: EditableRecordField,
  value: string | number | null,
  kind: RecordKind,
  held?: string | number | null,
): string | number | null {
  const text =
    value === null
      ? ''
      : String(value)
          .replace(/\u3000/g, ' ')
          .trim();
  switch (field) {
    case 'year': {
      if (text === '') return null;
      const m = /^(\d{4})\s*年?(度)?$/.exec(halfWidthDigits(text));
      const y = m ? Number(m[1]) : NaN;
      if (!Number.isInteger(y) || y < 1949 || y > 2100)
        throw new AppError('bad_value', `年度「${text}」不对：应为 1949–2100 之间的年份`);
      return y;
    }
    case 'seq': {
      if (text === '') return null;
      const n = Number(halfWidthDigits(text));
      if (!Number.isInteger(n) || n < 0 || n > 100_000)
        throw new AppError('bad_value', `序号「${text}」不对：应为非负整数`);
      return n;
    }
    case 'kind': {
      const k = (RECORD_KINDS as readonly string[]).includes(text)
        ? (text as RecordKind)
        : KIND_BY_LABEL.get(text);
      if (!k)
        throw new AppError(
          'bad_value',
          `类别「${text}」不对：应为 实验区、典型案例、观察点 或 其他名单`,
        );
      return k;
    }
    case 'title': {
      const tooLong = titleLengthProblem(text, held);
      if (tooLong) throw new AppError('bad_value', tooLong);
      // A case is known by its title (its identity: programme, unit, title); a zone or an
      // observation point by its place, and most notices list them with no theme at all —
      // the importer stores those blank, so a person may clear one too (missing-values.ts
      // marks the same: a case's empty title is missing, a zone's is not).
      if (text === '' && kind === 'case')
        throw new AppError(
          'bad_value',
          `${RECORD_KIND_LABELS[kind]}的${fieldLabel('title')}不能为空`,
        );
      return text === '' ? null : text;
    }
    default:
      return text === '' ? null : text;
  }
}
