/**
 * The curation workstation's methods: grid facets, edits (each one operation in the log),
 * the record panel, the notices view, the home summary, and saved grid layouts/views.
 */
import { checkWarning } from '../app/notices/check-warning';
import { editNotice } from '../app/notices/edit-notice';
import { clusterValues } from '../core/records/value-clusters';
import { valuesWithIds } from '../db/queries/value-clusters';
import { applyEdits, createRecord, deleteRecords } from '../app/records/edit-records';
import { deleteView, saveLayout, saveView } from '../app/views/grid-views';
import { noticeDetail, noticesOverview, recordPanel } from '../db/queries/record-panel';
import { recordFacets } from '../db/queries/record-search';
import { withDerivedStatus } from '../app/records/derived-status';
import { homeSummary } from '../db/queries/home-summary';
import { gridSettings } from '../db/queries/views';
import type { HandlerGroup } from './handler-types';

export const recordHandlers: HandlerGroup<
  | 'records/facets'
  | 'records/edit'
  | 'records/create'
  | 'records/delete'
  | 'records/panel'
  | 'notices/overview'
  | 'notices/detail'
  | 'notices/update'
  | 'notices/checkWarning'
  | 'records/clusters'
  | 'home/summary'
  | 'views/get'
  | 'views/saveLayout'
  | 'views/save'
  | 'views/delete'
> = {
  'records/facets': (input, ctx) => recordFacets(ctx.ledger.db, input),
  'records/edit': (input, ctx) => applyEdits(ctx.ledger, input.edits, input.action),
  'records/create': (input, ctx) => createRecord(ctx.ledger, input.kind, input.fields),
  'records/delete': (input, ctx) => deleteRecords(ctx.ledger, input.ids),
  'records/panel': (input, ctx) => {
    const panel = recordPanel(ctx.ledger.db, input.id, input.context);
    const [record] = withDerivedStatus(ctx.ledger.db, [panel.record]);
    return { ...panel, record: record ?? panel.record };
  },
  'notices/overview': (_input, ctx) => noticesOverview(ctx.ledger.db),
  'notices/detail': (input, ctx) => noticeDetail(ctx.ledger.db, input.id),
  'notices/update': (input, ctx) => editNotice(ctx.ledger, input),
  'notices/checkWarning': (input, ctx) => checkWarning(ctx.ledger, input),
  'records/clusters': (input, ctx) =>
    clusterValues(valuesWithIds(ctx.ledger.db, input.field, input.kind)),
  // Counts every live record: read beside the main thread when the door has a reader, and on
  // the ledger's own connection when it has none or the reader cannot answer.
  'home/summary': (_input, ctx) =>
    ctx.reader
      ? ctx.reader.read('home/summary').catch(() => homeSummary(ctx.ledger.db))
      : homeSummary(ctx.ledger.db),
  'views/get': (input, ctx) => gridSettings(ctx.ledger.db, input.grid),
  'views/saveLayout': (input, ctx) => saveLayout(ctx.ledger, input.grid, input.layout),
  'views/save': (input, ctx) => saveView(ctx.ledger, input.grid, input.view),
  'views/delete': (input, ctx) => deleteView(ctx.ledger, input.grid, input.name),
};
