/**
 * The single entry to the backend for every door: checks the method name, validates
 * the input with the contract's zod schema, runs the handler and wraps the outcome
 * in the result envelope. Nothing a caller sends can crash the backend.
 */
import { isMethodName, type MethodName } from '../../shared/api-methods';
import { contract } from '../../shared/contract';
import { ErrorCode, fail, ok, type Result } from '../../shared/result';
import { AppError } from '../../shared/app-error';
import type { ApiContext } from './context';
import type { Handler } from './handler-types';
import { handlers } from './handlers';

export async function dispatch(
  method: unknown,
  input: unknown,
  ctx: ApiContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return fail(ErrorCode.unknownMethod, `未知的接口方法：${describe(method).slice(0, 80)}`);
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(输入)'}：${i.message}`);
    return fail(ErrorCode.badInput, `参数不正确：${issues.join('；')}`, {
      issues: parsed.error.issues,
    });
  }
  try {
    const handler = handlers[method] as Handler<MethodName>;
    return ok(await handler(parsed.data as never, ctx));
  } catch (e) {
    return toFailure(e);
  }
}

export function toFailure(e: unknown): Result<never> {
  if (e instanceof AppError) return fail(e.code, e.message, e.details);
  const detail = e instanceof Error ? e.message : describe(e);
  return fail(ErrorCode.internal, `内部错误：${detail}`);
}

/** A printable word for any value — String() throws on objects without a prototype. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return `(${typeof value})`;
  }
}
