import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ExportPage() {
  return (
    <>
      <PageHeader title="导出" subtitle="GB/T 9704 公文附件（Word）、领导汇总表（Excel）、期限日历（ICS）" />
      <EmptyState title="没有可导出的记录">
        <p>台账中有记录后，可在这里按项目、批次筛选，预览条数，导出为正式格式的文件。</p>
      </EmptyState>
    </>
  );
}
