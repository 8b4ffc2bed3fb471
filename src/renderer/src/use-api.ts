/** Loads one backend call into component state, with loading and error for the UI. */
import { useCallback, useEffect, useState } from 'react';
import type { MethodName } from '../../shared/api-methods';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { api } from './api';

export interface Loaded<T> {
  value: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Loaded<MethodOutput<M>> {
  const [state, setState] = useState<{
    value: MethodOutput<M> | null;
    error: ApiError | null;
    loading: boolean;
  }>({
    value: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void api.call(method, JSON.parse(key) as MethodInput<M>).then((r) => {
      if (!live) return;
      setState(
        r.ok
          ? { value: r.value, error: null, loading: false }
          : { value: null, error: r.error, loading: false },
      );
    });
    return () => {
      live = false;
    };
  }, [method, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
