/** The command line's help text (Chinese first; the command names are the stable contract). */
export const USAGE = `台账 Taizhang 命令行

用法: npm run --silent cli -- <命令> [选项]

命令:
  import <文件...> [--dry-run]        导入通知（.txt/.docx/.doc/.rtf/.odt/.html/.mht/.xlsx/.xls/.ods/.csv/.pdf/.ofd），
                                      每个文件一个事务
  notices                             列出已导入的通知
  records [--kind zone|case|observation|other]
                                      列出台账记录
  duplicates                          疑似重复分组与关联记录
  merge <id> <id>...                  把后面的记录合并到第一条（可撤销）
  deadlines [--as-of YYYY-MM-DD] [--within-days N]
                                      期限与节点
  export docx|xlsx|ics --out <文件> [--kind K] [--programme P] [--year N]
         [--title 标题] [--label 附件|附件N] [--unit 填报单位] [--date YYYY-MM-DD]
         [--columns unit,title,content,recommender] [--layout list|compilation]
         [--contents] [--omit-missing] [--omit-revoked] [--one-table] [--print-masked]
         [--include-done]
                                      导出公文附件（名单或案例汇编）、汇总表或日历；
                                      Word 默认导出实验区（--kind 选其他类别），标题按所导出的项目生成；
                                      多个项目或批次时每个一节、各有标题（--one-table 合为一张表）；
                                      含遮挡文字（****）的记录须加 --print-masked 才照印；
                                      已撤销的单位名称后注明“（已撤销）”（--omit-revoked 不列入）；
                                      日历默认不含已完成、已免除事项（--include-done 包含）
  regions resolve <地名...> [--as-of YYYY-MM-DD] [--context 江苏省]
                                      解析行政区划代码
  history [--limit N]                 最近的操作记录（编号、时间、操作人、内容；默认 20 条）
  undo [--to <编号>]                  撤销上一步操作；--to 撤销到该编号的操作（含）之前
  redo                                重做刚撤销的操作（与应用中的撤销、重做相同）
  api <方法> ['<JSON 参数>']           直接调用任一后端方法（与应用相同的校验和结果）
  api --list                          列出全部后端方法

通用选项:
  --db <文件>   台账文件（SQLite），不存在时新建。默认：桌面应用自己的台账文件
  --json        在标准输出打印 JSON（提示、进度和警告写到标准错误）
  --help        显示本帮助

退出码: 0 成功（可有警告）；1 有输入失败；2 用法错误
`;
