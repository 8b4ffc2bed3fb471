/**
 * Where the team's shared material (seed notices and their gold extraction) lives:
 * beside the clone, in ../shared. Tests that need it skip, saying why, where it is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const seedsDir = path.join(sharedDir, 'seeds');
export const goldFile = path.join(sharedDir, 'gold', 'seeds.gold.json');

export const hasShared = existsSync(seedsDir) && existsSync(goldFile);
export const sharedMissingReason =
  '../shared (seed notices and gold extraction) is not beside this clone: seed tests skipped';

export const seedFiles = (): string[] =>
  hasShared
    ? readdirSync(seedsDir)
        .filter((f) => !f.startsWith('.'))
        .sort()
    : [];

export const readGold = (): unknown => JSON.parse(readFileSync(goldFile, 'utf8'));
