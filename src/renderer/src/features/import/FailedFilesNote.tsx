/**
 * The files of a batch that could not be read, named at the top of the page: a failed
 * file's card sits among the others, often below a long preview, and a clerk who imports
 * five files and reads "导入完成" would not know two never went in. Each name scrolls to its
 * card, which says why and what to do; the ledger was not touched for them.
 */
export function FailedFilesNote(props: { names: readonly string[] }) {
  if (props.names.length === 0) return null;
  const show = (name: string) =>
    document
      .querySelector(`[data-testid="file-preview"][data-file="${CSS.escape(name)}"]`)
      ?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return (
    <p className="error-note" role="alert" data-testid="failed-files">
      {props.names.length} 份文件无法导入，台账未因它们改动：
      {props.names.map((name, i) => (
        <span key={`${name}-${i}`}>
          {i > 0 && '、'}
          <button type="button" className="link-button" onClick={() => show(name)}>
            {name}
          </button>
        </span>
      ))}
      。点文件名查看原因和处理办法。
    </p>
  );
}
