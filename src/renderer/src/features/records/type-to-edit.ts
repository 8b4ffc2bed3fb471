/**
 * Typing into a selected cell starts editing it, as in Excel/WPS, for every way text
 * arrives. AG Grid opens the editor on a key press that is itself a character, but a
 * Chinese input method sends no such key: it composes (compositionstart … compositionend)
 * into whatever is focused, and a focused grid cell is not editable, so the browser never
 * lets the input method start and the first syllable is lost or typed as Latin letters.
 *
 * So the focused cell of an editable column is made editable (contenteditable) while it
 * has focus: the input method composes into it, and the committed text opens the cell's
 * editor with that text in it. Nothing else may change the cell: every other edit the
 * browser would make there (Enter, cut, drop, formatting keys) is cancelled.
 */
import type { GridApi } from 'ag-grid-community';
import type { GridRecord } from '../../../../shared/domain';

/** Marks the cell made editable only to catch typed text (see isTextTarget). */
const TYPING_CELL = 'data-typing-cell';

const cellOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof HTMLElement ? target.closest<HTMLElement>('.ag-cell') : null;

/**
 * Puts `text` into the editor the grid has just opened, caret at the end; `append` adds it
 * to what the editor already holds (characters typed before a popup editor took the focus).
 */
function seedEditor(wrap: HTMLElement, text: string, append = false, tries = 20): void {
  const input = wrap.ownerDocument.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    '.ag-cell-inline-editing input, .ag-cell-inline-editing textarea, .ag-popup-editor input, .ag-popup-editor textarea',
  );
  if (!input) {
    if (tries > 0) requestAnimationFrame(() => seedEditor(wrap, text, append, tries - 1));
    return;
  }
  // The native setter, then an input event: React-controlled editors see the change too.
  const proto = Object.getPrototypeOf(input) as object;
  const value = append ? input.value + text : text;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  input.setSelectionRange(value.length, value.length);
}

function startWith(grid: GridApi<GridRecord>, wrap: HTMLElement, text: string): void {
  const f = grid.getFocusedCell();
  if (!f || text === '') return;
  // Typed fast, the next characters reach the cell while a popup editor (地区) is still
  // opening: they belong after the first, which the editor already holds — replacing it
  // lost the first letter of "nanjing" or the first word of "南京" + "市".
  if (grid.getEditingCells().length > 0) {
    seedEditor(wrap, text, true);
    return;
  }
  grid.startEditingCell({ rowIndex: f.rowIndex, colKey: f.column });
  seedEditor(wrap, text);
}

/** Wires the grid's wrapper; returns the clean-up. */
export function typeToEdit(wrap: HTMLElement, grid: () => GridApi<GridRecord> | null) {
  let composing = false;

  const editableFocus = (cell: HTMLElement): boolean => {
    const api = grid();
    const f = api?.getFocusedCell();
    if (!api || !f || api.getEditingCells().length > 0) return false;
    const node = api.getDisplayedRowAtIndex(f.rowIndex);
    return !!node?.data && f.column.isCellEditable(node) && cell.getAttribute('col-id') !== null;
  };

  const onFocusIn = (e: FocusEvent) => {
    const cell = cellOf(e.target);
    if (!cell || e.target !== cell || !editableFocus(cell)) return;
    cell.setAttribute(TYPING_CELL, '');
    cell.contentEditable = 'true';
  };
  const onFocusOut = (e: FocusEvent) => {
    const cell = cellOf(e.target);
    if (!cell?.hasAttribute(TYPING_CELL)) return;
    cell.removeAttribute(TYPING_CELL);
    cell.removeAttribute('contenteditable');
  };
  const onBeforeInput = (e: InputEvent) => {
    const cell = cellOf(e.target);
    if (!cell?.hasAttribute(TYPING_CELL) || e.inputType === 'insertCompositionText') return;
    e.preventDefault();
    const api = grid();
    // Text committed without a composition (an input method's direct commit, a
    // handwriting pad, a character not on the keyboard).
    if (api && !composing && e.inputType === 'insertText' && e.data) startWith(api, wrap, e.data);
  };
  const onCompositionStart = (e: CompositionEvent) => {
    if (cellOf(e.target)?.hasAttribute(TYPING_CELL)) composing = true;
  };
  const onCompositionEnd = (e: CompositionEvent) => {
    if (!composing) return;
    composing = false;
    const api = grid();
    if (!api) return;
    const f = api.getFocusedCell();
    // What the composition drew into the cell goes when the editor replaces its content;
    // if no editor opens (nothing committed), the cell is drawn again.
    if (e.data) startWith(api, wrap, e.data);
    else if (f) api.refreshCells({ columns: [f.column], force: true });
  };

  // A key that is not text (arrows, Home/End, Ctrl+End, Tab, shortcuts) belongs to the
  // grid: on an editable target the browser and the grid read it as a caret move, so the
  // cell stops catching text for that key and takes it up again if it keeps the focus.
  // An input method's own key presses ("Process") are left alone.
  const onKeyDown = (e: KeyboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell?.hasAttribute(TYPING_CELL) || composing || e.isComposing) return;
    const text = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (text || e.key === 'Process' || e.key === 'Unidentified') return;
    cell.removeAttribute(TYPING_CELL);
    cell.removeAttribute('contenteditable');
    requestAnimationFrame(() => {
      if (cell.ownerDocument.activeElement === cell && editableFocus(cell)) {
        cell.setAttribute(TYPING_CELL, '');
        cell.contentEditable = 'true';
      }
    });
  };

  wrap.addEventListener('keydown', onKeyDown, true);
  wrap.addEventListener('focusin', onFocusIn);
  wrap.addEventListener('focusout', onFocusOut);
  wrap.addEventListener('beforeinput', onBeforeInput);
  wrap.addEventListener('compositionstart', onCompositionStart);
  wrap.addEventListener('compositionend', onCompositionEnd);
  return () => {
    wrap.removeEventListener('keydown', onKeyDown, true);
    wrap.removeEventListener('focusin', onFocusIn);
    wrap.removeEventListener('focusout', onFocusOut);
    wrap.removeEventListener('beforeinput', onBeforeInput);
    wrap.removeEventListener('compositionstart', onCompositionStart);
    wrap.removeEventListener('compositionend', onCompositionEnd);
  };
}
