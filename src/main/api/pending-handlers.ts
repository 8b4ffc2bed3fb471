/**
 * Methods whose feature is not built yet. They answer a clear error instead of
 * pretending; each moves to its own handler file when its feature lands.
 */
import { AppError } from '../../shared/app-error';
import type { HandlerGroup } from './handler-types';

export const notYet = (feature: string) => (): never => {
  throw new AppError('not_implemented', `「${feature}」功能尚未实现（not implemented yet）。`);
};

// Every method is implemented now; the next unbuilt one goes here.
export const pendingHandlers: HandlerGroup<never> = {};
