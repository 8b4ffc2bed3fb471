/**
 * Every failure a person can meet, in Chinese and saying what to do. AppErrors carry
 * their own message; what escapes from libraries (SQLite's "database is locked", a
 * URIError, a stack overflow, a string too long) is named here instead of leaking its
 * English text, with a stable English code alongside.
 */
import { ErrorCode, fail, type ApiError, type Result } from '../../shared/result';
import { AppError } from '../../shared/app-error';

/** A printable word for any value — String() throws on objects without a prototype. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return `(${typeof value})`;
  }
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

export function zodIssuesMessage(issues: readonly Issue[]): string {
  const parts = issues
    .slice(0, 5)
    .map((i) => `${i.path.map((p) => describeValue(p)).join('.') || '(输入)'}：${i.message}`);
  const more = issues.length > 5 ? `等 ${issues.length} 处` : '';
  return `参数不正确：${parts.join('；')}${more}。请检查后重试。`;
}

/** SQLite result codes (better-sqlite3's SqliteError.code) → what a person should do. */
const SQLITE: [RegExp, string, string][] = [
  [
    /^SQLITE_(BUSY|LOCKED)/,
    'ledger_busy',
    '台账正被另一个窗口或命令写入，暂时无法保存。请稍等片刻再试；已保存的内容不受影响。',
  ],
  [
    /^SQLITE_FULL/,
    'disk_full',
    '磁盘空间不足，无法写入台账。请清理磁盘空间后重试；已保存的内容不受影响。',
  ],
  [
    /^SQLITE_READONLY/,
    'ledger_readonly',
    '台账文件不可写（只读或没有权限）。请检查文件和所在文件夹的权限后重试。',
  ],
  [
    /^SQLITE_(CORRUPT|NOTADB)/,
    'ledger_corrupt',
    '台账文件已损坏。请在“备份”页恢复最近的一份备份。',
  ],
  [
    /^SQLITE_(IOERR|CANTOPEN)/,
    'ledger_io',
    '读写台账文件时出错（磁盘、U 盘或网络盘可能已断开）。请检查存储设备后重试。',
  ],
  [/^SQLITE_CONSTRAINT/, 'conflict', '这次修改与台账中已有的数据冲突，未保存。请刷新后重试。'],
  [/^SQLITE_(TOOBIG|NOMEM)/, 'too_large', '内容过大，台账无法保存。请拆分后重试。'],
];

function sqliteFailure(e: Error & { code?: unknown }): Result<never> | null {
  if (e.name !== 'SqliteError' || typeof e.code !== 'string') return null;
  const code = e.code;
  const hit = SQLITE.find(([re]) => re.test(code));
  if (hit) return fail(hit[1], hit[2], { sqlite: code });
  return fail(
    'ledger_error',
    `台账数据库出错（${code}）。请重试；若反复出现，请在“备份”页恢复最近的备份。`,
    { sqlite: code },
  );
}

/** The error envelope's content for any thrown value. */
export function userError(e: unknown): ApiError {
  const r = toFailure(e);
  return r.ok ? { code: ErrorCode.internal, message: '内部错误' } : r.error;
}

export function toFailure(e: unknown): Result<never> {
  if (e instanceof AppError) return fail(e.code, e.message, e.details);
  if (e instanceof Error) {
    const sqlite = sqliteFailure(e as Error & { code?: unknown });
    if (sqlite) return sqlite;
    if (/database connection is not open/i.test(e.message))
      return fail('ledger_closed', '台账正在恢复或已关闭，请稍后重试。');
    if (e instanceof URIError)
      return fail(ErrorCode.badInput, '请求中的编码无效（% 转义不完整）。请检查网址或参数后重试。');
    if (e instanceof RangeError && /call stack/i.test(e.message))
      return fail('too_deep', '输入的内容嵌套过深，无法处理。请简化后重试。');
    if (e instanceof RangeError)
      return fail('too_large', '内容过大，超出了处理能力。请拆分成几部分后重试。');
  }
  const detail = e instanceof Error ? e.message : describeValue(e);
  return fail(
    ErrorCode.internal,
    `内部错误：${detail.slice(0, 300)}。请重试；若反复出现，请把这段信息告诉维护人员。`,
  );
}
