/** The short Chinese guide and the sample highlights file that `circular init` writes. */
import { CONFIG_FILE } from '../config/load-config.js';

/** Where `init` puts the results template (outside `checks/`, so a blank sheet is never read as results). */
export const CHECKS_TEMPLATE_FILE = 'templates/检查结果模板.xlsx';

/** Where `init` puts the blank update records: in `updates/`, where `circular remind` reads them. */
export const UPDATES_TEMPLATE_FILE = 'updates/更新记录.xlsx';

/** The sample highlights file (its name is no period, so no build ever picks it up). */
export const SAMPLE_HIGHLIGHTS_FILE = 'highlights/示例.md';

/** The guide's file name. */
export const GUIDE_FILE = '使用说明.md';

/** `使用说明.md`: what each file is for and the commands of a quarter, in the order a clerk needs them. */
export function guideText(options: { city: string; registry: string }): string {
  return `# ${options.city}政务新媒体检查情况通报 · 工作区使用说明

本文件夹是 circular 的工作区。每季度按下面的步骤填表、检查、生成通报。

## 文件

| 文件 | 用途 |
|---|---|
| \`${CONFIG_FILE}\` | 设置：城市、发文机关、主送机关、地区列表等。用 VS Code 等编辑器打开时有提示和检查 |
| \`${options.registry}\` | 账号台账：每个政务新媒体一行。表头上的批注说明每列填什么，带下拉框的列请从下拉框选择 |
| \`checks/\` | 检查结果：把 \`${CHECKS_TEMPLATE_FILE}\` 复制到这里再填写，一个月或一个地区一个文件均可，文件名随意 |
| \`updates/\` | 更新记录（可选）：各账号的最近更新日期，供 \`circular remind\` 做更新提醒；可直接填写 \`更新记录.xlsx\`，也可放入别的表格，表头与台账相同（账号名称、平台类型或备案编号，最近更新日期） |
| \`highlights/\` | “主要做法和成效”的文字：按期间命名，如 \`2023Q1.md\`、年度为 \`2023.md\`；写法见 \`示例.md\` |
| \`templates/\` | 通报的文字模板（\`quarterly.hbs\` 季度、\`yearly.hbs\` 年度），可直接修改措辞；删除后使用内置模板 |

## 每季度的步骤

1. 更新台账：新开设的账号加一行；关停、注销的账号填写“状态”和“注销日期”（不要删除该行）。
2. 填写检查结果：每个账号每次检查一行。“检查月份”写 2023-01 或 2023年1月；全面检查填写“得分”；
   有单项否决的，“单项否决”选“是”并写明“否决情形”。
3. 检查表格：\`circular validate\`。有错误时会指出文件、工作表、单元格和改法，改完再运行一次。
   各地区报送前可以单独检查自己的表：\`circular validate 宜兴市.xlsx --district 宜兴市\`。
4. 查看统计数字：\`circular stats --quarter 2023Q1\`。
5. 生成通报：\`circular build --quarter 2023Q1 --date 2023-04-10\`；年度通报：\`circular build --year 2023\`。
   数据有错误时不会生成任何文件。

## 政府网站（可选）

- 台账的“网站台账”工作表每个政府网站一行（网站名称、网站类型、主办单位、所属地区必填，有标识码的填网站标识码）；检查结果的“网站检查结果”工作表每个网站每次检查一行，用网站名称或网站标识码指明网站，其余各列与账号的检查结果填法相同。
- 两张网站表都空着时，通报只写政务新媒体；登记了网站后，通报标题为“……政府网站与政务新媒体检查情况的通报”，网站和政务新媒体分别统计、分别列出不合格名单。

## 每周一、三、五的更新提醒

\`circular remind\` 按台账和 \`updates/\` 中的最近更新日期，把快到“两周未更新”单项否决线的账号标成红、蓝、黄三色，
生成 \`提醒/日期更新提醒.xlsx\`（汇总表和各地区一张表），可直接发给各地区。节假日和调休写在设置的 \`calendar\` 中。

## 说明

- 合格率保留的小数位数、省级抽查结果、全面检查合格分数线、版记等，写在 \`${CONFIG_FILE}\` 中，
  可用字段见编辑器提示或 \`.circular/config.schema.json\`。
- 退出码：0 完成；1 表格有错误；2 命令或设置有误；3 程序内部错误。
- \`circular --help\` 查看全部命令和选项。
`;
}

/** `highlights/示例.md`: the shape of a highlights file, with bold lead sentences. */
export function sampleHighlights(city: string): string {
  return `# 示例：“主要做法和成效”的写法

复制本文件并改名为期间，如 2023Q1.md（季度）或 2023.md（年度），再改写下面的段落。
以 # 开头的行是说明，不会写进通报。段落之间空一行；用两个星号括起来的句子在通报中加粗。

**一是创新监管方式，强化协调联动。**某某区建立政务新媒体“日巡查、月督导、季通报”制度，每周对辖区账号更新情况进行普查，发现问题及时提醒整改。

**二是构建媒体矩阵，传播权威声音。**市某某局综合运用图解、问答、短视频等形式开展政策解读，积极回应社会关切，展示${city}发展成效。

**三是提升政务服务，畅通交流渠道。**某某市在政务微信公众号开设办事指南栏目，办事流程、材料清单一键可查，方便群众办事。
`;
}
