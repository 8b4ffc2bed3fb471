import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function DedupePage() {
  return (
    <>
      <PageHeader title="去重" subtitle="同一案例在多份通知中出现时合并为一条；同一地方在不同项目中只关联不合并" />
      <EmptyState title="没有待审核的疑似重复">
        <p>导入通知后，疑似重复的记录会在这里成组列出，逐组确认合并或标记为“不是重复”。每次合并都可撤销。</p>
      </EmptyState>
    </>
  );
}
