/**
 * The pieces every area of the method contract builds its inputs from.
 */
import { z } from 'zod';
import { RECORD_KINDS } from './domain';
import { KEPT_TEXT_MAX_CHARS, charsAtMost } from './text-limit';

/** Declares a method: its input schema, and its output type as a phantom. */
export const method =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, '不存在的日期');

/** A month as YYYY-MM (01–12). */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export const recordKind = z.enum(RECORD_KINDS);
export const exportIds = z.array(z.number().int().positive()).min(1).max(100_000).optional();
/** A backup is named, never addressed by path: the backend looks the name up in its own folder. */
export const backupName = z
  .string()
  .regex(/^[^/\\]+\.bak$/, '备份名称无效')
  .max(300);
export const empty = z.strictObject({});

/** The longest text one cell takes (a case's 内容 runs to thousands of characters). */
export const CELL_MAX_CHARS = KEPT_TEXT_MAX_CHARS;
export const cellValue = z
  .union([charsAtMost(z.string(), CELL_MAX_CHARS, '单元格内容'), z.number()])
  .nullable();
