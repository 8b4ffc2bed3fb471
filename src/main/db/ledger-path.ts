/**
 * Where the desktop app keeps its ledger by default. The CLI and browser mode compute
 * the same path without Electron, so all three doors open the same file by default.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TAIZHANG_DB) return env.TAIZHANG_DB;
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'Taizhang', 'ledger.sqlite');
}
