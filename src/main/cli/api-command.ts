/**
 * `api <method> ['<json input>']`: any contract method through the same dispatch() the app
 * uses (same validation, same envelope), for scripts and for reaching what has no named
 * command yet. `api --list` prints the method names.
 */
import { API_METHODS } from '../../shared/api-methods';
import type { CliRequest } from './commands';
import { type CliArgs, UsageError } from './parse-args';

const pretty = (v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, 2));

export function apiRequest(args: CliArgs): CliRequest {
  if (args.list) {
    return {
      method: 'app/info',
      input: {},
      skip: [...API_METHODS],
      human: (v) => (v as string[]).join('\n'),
    };
  }
  const [method, json, ...extra] = args.positionals;
  if (!method)
    throw new UsageError('api 需要方法名，例如 api records/page；api --list 列出全部方法');
  if (extra.length) throw new UsageError('api 只接受一个 JSON 参数（整体加引号）');
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json) as unknown;
    } catch (e) {
      throw new UsageError(
        `api 的参数不是合法的 JSON：${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  return {
    // An unknown name is answered by dispatch itself (unknown_method), like any door.
    method: method as CliRequest['method'],
    input,
    // Here the input is the caller's own JSON: a rejected one is a failed call, not bad usage.
    rejectedInputIsUsage: false,
    human: pretty,
  };
}
