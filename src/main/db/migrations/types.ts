import type Database from 'better-sqlite3';

/** One numbered schema step. `up` runs inside a transaction the runner opens. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}
