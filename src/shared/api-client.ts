/**
 * The typed client the renderer (and tests) use. A transport carries one call;
 * the desktop transport is `window.api` from the preload, browser mode uses HTTP.
 */
import type { MethodName } from './api-methods';
import type { MethodInput, MethodOutput } from './contract';
import type { Result } from './result';

export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export type ApiClient = {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
};

/**
 * What staff read when the call never reached the ledger: in browser mode, the window open on a
 * server that was stopped (the terminal closed, Ctrl+C). The browser's own words ("TypeError:
 * Failed to fetch") say nothing to them; what happened and what to do does. Nothing was
 * written, so the data is as it was.
 */
export const TRANSPORT_MESSAGE =
  '无法连接到台账后台（台账程序可能已关闭）。请重新启动台账（浏览器模式：重新运行启动命令，打开它给出的新网址），已保存的数据不受影响。';

export const createApiClient = (transport: Transport): ApiClient => ({
  call: async (method, input) => {
    try {
      return (await transport(method, input)) as never;
    } catch (e) {
      // The cause stays where a technician looks (the console), not in the sentence staff read.
      console.error(`调用 ${method} 失败`, e);
      return { ok: false, error: { code: 'transport', message: TRANSPORT_MESSAGE } } as never;
    }
  },
});
