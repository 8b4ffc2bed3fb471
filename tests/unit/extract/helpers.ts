/** Test helpers: read a text notice into a SourceDocument and compare text modulo punctuation width. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import type { ExtractedNotice } from '../../../src/main/core/import/extract/types';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';

export function txtDoc(text: string): SourceDocument {
  return { format: 'txt', text, blocks: [] };
}

/**
 * A text notice read as the importer reads it — extracted with the gazetteer, its records'
 * regions resolved — with each record's region code and the notice's warning codes (in the
 * order first raised).
 */
export function readResolved(text: string, fileName = 't.txt') {
  const n = extractNotice(txtDoc(text), { fileName, regions: gazetteerRegionLookup() });
  const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
  const warned = [...new Set(n.warnings.map((w) => w.code))];
  return { n, codes, warned };
}

export const fixturesDir = path.resolve(__dirname, '..', '..', 'fixtures', 'extract');

export function extractFixture(name: string): ExtractedNotice {
  const text = readFileSync(path.join(fixturesDir, name), 'utf8');
  return extractNotice(txtDoc(text), { fileName: name });
}

const WIDTH: Record<string, string> = {
  '，': ',',
  '：': ':',
  '（': '(',
  '）': ')',
  '；': ';',
  '！': '!',
  '？': '?',
  '　': ' ',
};

/** Full-width punctuation → half-width, whitespace removed. */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/[，：（）；！？　]/g, (c) => WIDTH[c] ?? c).replace(/\s+/g, '');
}

export function codes(n: ExtractedNotice): string[] {
  return [...new Set(n.warnings.map((w) => w.code))].sort();
}

/** The deadlines a dated (2021) ministry notice on a pilots' yearly check sets, its body these lines. */
export function yearlyCheckDeadlines(...body: string[]): unknown[] {
  const n = extractNotice(
    txtDoc(
      [
        '某部办公厅关于做好试点年度检查工作的通知',
        '各省级教育行政部门：',
        ...body,
        '某部办公厅',
        '2021年3月1日',
      ].join('\n'),
    ),
    { fileName: 't', regions: gazetteerRegionLookup() },
  );
  return n.rules.filter((r) => r.kind === 'deadline').map((r) => r.params.date);
}
