/**
 * Methods whose feature is not built yet. They answer a clear error instead of
 * pretending; each moves to its own handler file when its feature lands.
 */
import { AppError } from '../core/app-error';
import type { HandlerGroup } from './handler-types';

const notYet = (feature: string) => (): never => {
  throw new AppError('not_implemented', `「${feature}」功能尚未实现（not implemented yet）。`);
};

export const pendingHandlers: HandlerGroup<
  'duplicates/list' | 'records/merge' | 'deadlines/list'
> = {
  'duplicates/list': notYet('去重与关联'),
  'records/merge': notYet('合并记录'),
  'deadlines/list': notYet('期限与节点'),
};
