/** Desktop entry (electron-vite's main bundle): everything Electron lives in ./electron. */
import './electron/desktop-app';
