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
  /**
   * The value (or error) answers an earlier input, not this one (another record, another
   * date): still shown by pages that keep the old answer while the new one loads, never by
   * a pane that would then speak of the wrong record.
   */
  stale: boolean;
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
    key: string | null;
  }>({
    value: null,
    error: null,
    loading: true,
    key: null,
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
          ? { value: r.value, error: null, loading: false, key }
          : { value: null, error: r.error, loading: false, key },
      );
    });
    return () => {
      live = false;
    };
  }, [method, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const { key: answered, ...shown } = state;
  return { ...shown, stale: answered !== key, reload };
}
