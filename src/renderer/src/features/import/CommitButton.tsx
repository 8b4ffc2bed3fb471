/**
 * 确认导入: at the page's head, and again after the last preview for a clerk who read the
 * previews through with Tab — from the last row, the head's button lay past the page foot and
 * every link of the menu. The one at the foot says where the files go, not the same words
 * twice (a button named twice is two buttons to a screen reader's list).
 */
import { commitLabel } from './commit-label';

type Progress = Parameters<typeof commitLabel>[1];

export function CommitButton(props: {
  waiting: number;
  progress: Progress;
  unfinished: boolean;
  onCommit: () => void;
  /** At the foot of the previews (shown only while nothing is under way): named by what it does. */
  atFoot?: boolean;
}) {
  const { waiting, progress, unfinished } = props;
  return (
    <button
      type="button"
      className="button primary"
      data-testid={props.atFoot ? 'commit-at-foot' : undefined}
      disabled={!!progress || unfinished}
      title={
        unfinished
          ? '有的行还没改好：手工补录的行：典型案例名称必填、其他类别名称或地区至少填一项、年度为四位数字，各栏不超过字数上限（见该栏下的提示）'
          : undefined
      }
      onClick={props.onCommit}
    >
      {props.atFoot ? `以上 ${waiting} 份通知写入台账` : commitLabel(waiting, progress)}
    </button>
  );
}
