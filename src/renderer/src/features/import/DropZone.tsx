import { useRef, useState } from 'react';

const ACCEPT =
  '.txt,.text,.docx,.doc,.wps,.rtf,.odt,.html,.htm,.mht,.mhtml,.xlsx,.xls,.et,.ods,.csv,.tsv,.pdf,.ofd';

/** Drag files here, or press Enter/Space or click to choose them. */
export function DropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      role="button"
      tabIndex={0}
      aria-label="选择或拖入通知文件"
      onClick={() => !disabled && input.current?.click()}
      onKeyDown={(e) => {
        if (!disabled && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          input.current?.click();
        }
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled && e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
      }}
    >
      <strong>把通知文件拖到这里，或点击选择文件</strong>
      <span>
        可一次选多个：.txt（UTF-8、GBK/GB18030、UTF-16）、.docx/.doc/.rtf/.odt、.html 和单文件网页
        .mht、.xlsx/.xls/.ods、.csv、带文字层的 .pdf 和 .ofd，WPS 的 .wps/.et 也可以
      </span>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          if (e.target.files?.length) onFiles([...e.target.files]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
