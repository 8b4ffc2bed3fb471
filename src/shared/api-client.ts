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

export const createApiClient = (transport: Transport): ApiClient => ({
  call: async (method, input) => {
    try {
      return (await transport(method, input)) as never;
    } catch (e) {
      return {
        ok: false,
        error: { code: 'transport', message: `无法连接到台账后台：${String(e)}` },
      } as never;
    }
  },
});
