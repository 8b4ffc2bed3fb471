import { describe, expect, it } from 'vitest';
import { isSaveKey } from '../../src/renderer/src/components/save-key';

type KeyPress = Parameters<typeof isSaveKey>[0];
const key = (init: Partial<KeyPress>): KeyPress => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  key: '',
  ...init,
});

describe('isSaveKey', () => {
  it('takes Ctrl+S and ⌘S, with Caps Lock on too', () => {
    expect(isSaveKey(key({ ctrlKey: true, key: 's' }))).toBe(true);
    expect(isSaveKey(key({ metaKey: true, key: 's' }))).toBe(true);
    expect(isSaveKey(key({ ctrlKey: true, key: 'S' }))).toBe(true);
  });
  it('leaves a plain s, Ctrl+Shift+S and Ctrl+Alt+S alone', () => {
    expect(isSaveKey(key({ key: 's' }))).toBe(false);
    expect(isSaveKey(key({ ctrlKey: true, shiftKey: true, key: 'S' }))).toBe(false);
    expect(isSaveKey(key({ ctrlKey: true, altKey: true, key: 's' }))).toBe(false);
  });
});
