/** The app's version, injected at build time by electron-vite; plain Node (CLI, tests) reads package.json. */
import { createRequire } from 'node:module';

declare const __APP_VERSION__: string | undefined;

const fromPackage = (): string => {
  try {
    const req = createRequire(__filename);
    return (req('../../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : fromPackage();
