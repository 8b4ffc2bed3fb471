/**
 * Every migration, in order. Add a file NNNN-name.ts and list it here; the runner
 * checks the versions are 1, 2, 3… with no gap, so a forgotten entry fails loudly.
 */
import { initial } from './0001-initial';
import { undoRedo } from './0002-undo-redo';
import { recordGridIndexes } from './0003-record-grid-indexes';
import { calendarNamespace } from './0004-calendar-namespace';
import { oneWriteDoor } from './0005-one-write-door';
import { noticesOverTime } from './0006-notices-over-time';
import { importStorage } from './0007-import-storage';
import { sourcesFromMention } from './0008-sources-from-mention';
import { mergedIndexPartial } from './0009-merged-index-partial';
import { leanSearchIndex } from './0010-lean-search-index';
import { deferredSearchRows } from './0011-deferred-search-rows';
import { sharedGridIndex } from './0012-shared-grid-index';
import { searchOwnText } from './0013-search-own-text';
import { truncatedMentionsIndex } from './0014-truncated-mentions-index';
import { noticeTwinIndexes } from './0015-notice-twin-indexes';
import { staleSearchRows } from './0016-stale-search-rows';
import { caseTitleKeys } from './0017-case-title-keys';
import { linkRefusals } from './0018-link-refusals';
import { leanLogIndexes } from './0019-lean-log-indexes';
import { joinRefusals } from './0020-join-refusals';
import { provincePlaceIndex } from './0021-province-place-index';
import { operationSteps } from './0022-operation-steps';
import { identityPlaceIndex } from './0023-identity-place-index';
import { blankValuesNull } from './0024-blank-values-null';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  undoRedo,
  recordGridIndexes,
  calendarNamespace,
  oneWriteDoor,
  noticesOverTime,
  importStorage,
  sourcesFromMention,
  mergedIndexPartial,
  leanSearchIndex,
  deferredSearchRows,
  sharedGridIndex,
  searchOwnText,
  truncatedMentionsIndex,
  noticeTwinIndexes,
  staleSearchRows,
  caseTitleKeys,
  linkRefusals,
  leanLogIndexes,
  joinRefusals,
  provincePlaceIndex,
  operationSteps,
  identityPlaceIndex,
  blankValuesNull,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
