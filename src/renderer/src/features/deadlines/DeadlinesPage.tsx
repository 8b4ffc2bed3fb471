import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function DeadlinesPage() {
  return (
    <>
      <PageHeader title="期限" subtitle="申报截止、年度计划与总结、结项验收、公示期" />
      <EmptyState title="没有期限节点">
        <p>导入含有实验周期、申报截止或公示期的通知后，系统会为每个实验区生成节点，并提醒已逾期和即将到期的事项。</p>
      </EmptyState>
    </>
  );
}
