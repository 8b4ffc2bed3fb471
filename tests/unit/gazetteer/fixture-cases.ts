/** Loads the region fixture tables (tests/fixtures/regions). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RegionCase {
  text: string;
  context?: string;
  asOf?: string;
  previous?: string;
  code: string | null;
  level?: string;
  regionCode?: string;
  current?: string;
  candidates?: string[];
  pattern: string;
}

const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'regions');

export function readCases(file: string): RegionCase[] {
  return (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cases: RegionCase[] }).cases;
}
