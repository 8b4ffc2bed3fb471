/**
 * Where the grid's rows should be, when they could not be read (the backend gone, a refusal):
 * why, and a way to read again. Without it the page went on saying 正在加载… under the error
 * as if an answer were still coming, and the clerk waited.
 */
export function GridReadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="grid-nothing" data-testid="grid-read-failed" role="alert">
      <p>未能读取记录。{message}</p>
      <button type="button" className="button small primary" onClick={onRetry}>
        重新读取
      </button>
    </div>
  );
}
