/** The app's pages, in the order staff work: look, import, curate, dedupe, track, export. */
export const PAGES = [
  { id: 'home', label: '首页' },
  { id: 'import', label: '导入' },
  { id: 'zones', label: '实验区' },
  { id: 'cases', label: '典型案例' },
  { id: 'observations', label: '观察点' },
  { id: 'others', label: '其他名单' },
  { id: 'notices', label: '通知' },
  { id: 'dedupe', label: '去重' },
  { id: 'deadlines', label: '期限' },
  { id: 'export', label: '导出' },
  { id: 'backups', label: '备份' },
  { id: 'history', label: '操作记录' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

export const isPageId = (s: string): s is PageId => PAGES.some((p) => p.id === s);

/** Pages live in the URL hash so reload and back/forward keep the place; `#/notices/12` is page `notices`. */
export const pageFromHash = (hash: string): PageId => {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isPageId(id) ? id : 'home';
};
