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

const EDITOR_INPUT =
  '.ag-cell-inline-editing input, .ag-cell-inline-editing textarea, .ag-popup-editor input, .ag-popup-editor textarea';

/**
 * Text typed while the editor is still opening. A popup editor (地区) mounts a moment
 * after the key that opened it and focuses itself when it mounts: characters typed before
 * that reach the cell, characters typed after reach the editor. Both wait here, in the
 * order typed, until the editor is there; then it gets them at once. Put in one by one
 * they crossed: "nanjing" became "njaning", and "南京" + "市" lost "市" when "南京"
 * replaced the editor's value after "市" had been typed into it.
 */
interface Seeding {
  text: string;
  /** The editor was opened for this text: it replaces the cell's old value. */
  replace: boolean;
  /** Enter, Tab or Escape pressed before the editor was there: done once it has the text. */
  then?: 'save' | 'next' | 'cancel';
}

const HELD_KEYS: Record<string, Seeding['then']> = { Enter: 'save', Tab: 'next', Escape: 'cancel' };

function editorInput(wrap: HTMLElement): HTMLInputElement | HTMLTextAreaElement | null {
  return wrap.ownerDocument.querySelector<HTMLInputElement | HTMLTextAreaElement>(EDITOR_INPUT);
}

/** Puts the waiting text into the editor, caret at the end. */
function seedEditor(input: HTMLInputElement | HTMLTextAreaElement, seeding: Seeding): void {
  // The native setter, then an input event: React-controlled editors see the change too.
  const proto = Object.getPrototypeOf(input) as object;
  const value = seeding.replace ? seeding.text : input.value + seeding.text;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  input.setSelectionRange(value.length, value.length);
}

/** Wires the grid's wrapper; returns the clean-up. */
export function typeToEdit(wrap: HTMLElement, grid: () => GridApi<GridRecord> | null) {
  let composing = false;
  let waiting: Seeding | null = null;

  /** Hands the waiting text to the editor if it is there; says whether it was. */
  const handOver = (): boolean => {
    const input = editorInput(wrap);
    if (!waiting || !input) return false;
    const seeding = waiting;
    waiting = null;
    seedEditor(input, seeding);
    const api = grid();
    if (seeding.then && api)
      // A frame later: the editor has taken its new value by then.
      requestAnimationFrame(() => {
        api.stopEditing(seeding.then === 'cancel');
        if (seeding.then === 'next') api.tabToNextCell();
      });
    return true;
  };
  /** Waits a few frames at most for the editor (a grid that opened none keeps nothing). */
  const flush = (tries = 20): void => {
    if (!waiting || handOver()) return;
    if (tries > 0) requestAnimationFrame(() => flush(tries - 1));
    else waiting = null;
  };

  const startWith = (api: GridApi<GridRecord>, text: string): void => {
    const f = api.getFocusedCell();
    if (!f || text === '') return;
    if (waiting) {
      waiting.text += text;
      return;
    }
    // Typed fast, the next characters reach the cell while a popup editor is still
    // opening: they follow what the editor already holds (the key that opened it).
    const editing = api.getEditingCells().length > 0;
    waiting = { text, replace: !editing };
    if (!editing) api.startEditingCell({ rowIndex: f.rowIndex, colKey: f.column });
    flush();
  };

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
    // Typed into the editor before the text typed ahead of it was handed over: it waits
    // behind that text.
    if (waiting && e.inputType === 'insertText' && e.data && e.target === editorInput(wrap)) {
      e.preventDefault();
      waiting.text += e.data;
      return;
    }
    const cell = cellOf(e.target);
    if (!cell?.hasAttribute(TYPING_CELL) || e.inputType === 'insertCompositionText') return;
    e.preventDefault();
    const api = grid();
    // Text committed without a composition (an input method's direct commit, a
    // handwriting pad, a character not on the keyboard).
    if (api && !composing && e.inputType === 'insertText' && e.data) startWith(api, e.data);
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
    if (e.data) startWith(api, e.data);
    else if (f) api.refreshCells({ columns: [f.column], force: true });
  };

  // A key that is not text (arrows, Home/End, Ctrl+End, Tab, shortcuts) belongs to the
  // grid: on an editable target the browser and the grid read it as a caret move, so the
  // cell stops catching text for that key and takes it up again if it keeps the focus.
  // An input method's own key presses ("Process") are left alone.
  const onKeyDown = (e: KeyboardEvent) => {
    // Enter, Tab or Escape right after fast typing: the editor has its text first, and if it
    // is not there yet the key waits for it (saving the old value would drop the typing).
    const held = HELD_KEYS[e.key];
    if (waiting && held && !handOver()) {
      e.preventDefault();
      e.stopPropagation();
      waiting.then = held;
      return;
    }
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
