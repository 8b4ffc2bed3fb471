import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ImportPage() {
  return (
    <>
      <PageHeader title="导入" subtitle="支持 .txt（任意常见编码）、.docx、.html、.xlsx/.csv、带文字层的 .pdf" />
      <EmptyState title="还没有导入任何通知">
        <p>把通知文件拖到这里，或点击选择文件。导入前可预览提取出的记录和提示，确认后才写入台账；同一文件不会重复导入。</p>
      </EmptyState>
    </>
  );
}
