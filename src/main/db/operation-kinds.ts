/**
 * Loads every module that registers an operation kind's undo/redo, so undo works whatever
 * was imported first. Add new kinds (merge, …) here.
 */
import './queries/import-undo';
import './queries/record-edits';
import './queries/merge';
import './ledger-restore';
