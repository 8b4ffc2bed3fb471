import type { MethodName } from '../../shared/api-methods';
import type { MethodOutput, ValidInput } from '../../shared/contract';
import type { ApiContext } from './context';

export type Handler<M extends MethodName> = (
  input: ValidInput<M>,
  ctx: ApiContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A group of handlers for one area of the domain. */
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };

export type Handlers = HandlerGroup<MethodName>;
