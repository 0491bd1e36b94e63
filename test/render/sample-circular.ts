/**
 * A realistic circular in the shape of the reference (无锡市政府办公室 2022年第四季度通报): title, 主送机关,
 * 一、二、三、 headings, bold "一是" leads, 楷体 "（一）" leads, three attachments (one of 60 rows), 版记.
 * Shared by the writer's XML tests and the LibreOffice render check.
 */

import type { Attachment, BodyBlock, CircularDocument } from '../../src/report/document-model.js';

export const SAMPLE_TITLE = '市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报';

export const OPENING =
  '根据《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）' +
  '和《省政府办公厅关于印发江苏省政务新媒体规范发展指引的通知》（苏政办函〔2021〕99号）要求，' +
  '市政府办公室组织开展了2022年第四季度全市政务新媒体检查，现将有关情况通报如下。';

const overview: BodyBlock[] = [
  { type: 'heading1', text: '一、总体情况' },
  {
    type: 'paragraph',
    runs: [
      {
        text:
          '截至2022年12月31日，全市政府系统已备案政务新媒体445个。按开设主体分，市级部门单位开设政务新媒体145个，' +
          '各市（县）区政府及其所属部门、街道开设政务新媒体300个。按政务新媒体类型分，微信公众号313个，微博72个，' +
          '移动客户端5个，其他类型55个。',
      },
    ],
  },
  {
    type: 'paragraph',
    runs: [
      {
        text:
          '市政府办公室于10月和11月分别开展了单项否决问题专项检查，12月开展了全面检查，共检查出不合格政务新媒体3个，' +
          '总体合格率为99.3%。在省政府办公厅开展的第四季度全省政务新媒体抽查中，我市合格率为100%。',
      },
    ],
  },
];

const practices: BodyBlock[] = [
  { type: 'heading1', text: '二、主要做法和成效' },
  {
    type: 'paragraph',
    runs: [
      { text: '一是创新监管方式，强化协调联动，共促规范发展。', bold: true },
      {
        text:
          '宜兴市采取“红黄蓝”三色标注机制促政务新媒体及时更新，每周一、三、五对全市政务新媒体更新情况进行普查，' +
          '更新提醒更加直观、精细、有效。新吴区强化政务新媒体主管部门、主办方、监测机构三方联动，' +
          '严格落实“日巡查、月督导、季通报”制度，不断提高内容生产和发布审核质量。',
      },
    ],
  },
  {
    type: 'paragraph',
    runs: [
      { text: '二是构建媒体矩阵，加强宣传引导，传播权威声音。', bold: true },
      {
        text:
          '市自然资源规划局持续探索创新新媒体宣传形式，综合采用一图读懂、问答、手绘长图、系列专题等方式，' +
          '全方位开展政策解读，积极回应社会关切，传递自然资源规划好声音。',
      },
    ],
  },
];

const requirements: BodyBlock[] = [
  { type: 'heading1', text: '三、下一步工作要求' },
  {
    type: 'paragraph',
    runs: [
      { text: '（一）始终把政治建设放在首位。', style: 'heading2' },
      {
        text:
          '各地各部门要严格落实网络意识形态工作责任制和网络安全责任制，坚持底线思维，加大审核力度；' +
          '落实重要时间节点值班读网、安全巡防和监测预警制度，发现问题及时处置并报告，确保安全平稳运行。',
      },
    ],
  },
  {
    type: 'paragraph',
    runs: [
      { text: '（二）进一步摸清政务新媒体底数和运维情况。', style: 'heading2' },
      {
        text:
          '按照“一个单位在同一平台上只开设一个政务新媒体账号”“不得以内设机构名义开设”等原则进一步排查，' +
          '并及时在“全国政务新媒体信息报送系统”备案更新。对“空壳类”“僵尸类”政务新媒体应坚决予以关停注销。',
      },
    ],
  },
];

const PLATFORMS = ['微信公众号', '微博', '移动客户端', '抖音'];
const DISTRICTS = ['江阴市', '宜兴市', '梁溪区', '锡山区', '惠山区', '滨湖区', '新吴区', '经开区'];

function fullMarks(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    String(i + 1),
    `${DISTRICTS[i % DISTRICTS.length]}${['发展改革局', '教育局', '司法局', '卫生健康委', '市场监管局'][i % 5]}`,
    `${DISTRICTS[i % DISTRICTS.length]?.slice(0, 2)}${['发改', '教育', '普法', '健康', '市场监管'][i % 5]}发布`,
    PLATFORMS[i % PLATFORMS.length] ?? '',
  ]);
}

/** The three attachments; the second has `fullMarksRows` rows so its table crosses pages. */
export function sampleAttachments(fullMarksRows = 60): Attachment[] {
  return [
    {
      title: '2022年第四季度不合格政务新媒体名单',
      columns: [
        { header: '序号', width: 800 },
        { header: '开设主体', width: 2600, align: 'left' },
        { header: '政务新媒体名称', width: 2600, align: 'left' },
        { header: '存在问题', width: 2845, align: 'left' },
      ],
      rows: [
        ['1', '锡山区某街道办事处', '锡山某街道（微信公众号）', '监测期内未更新'],
        ['2', '惠山区某局', '惠山某局发布（微博）', '互动回应不及时'],
        ['3', '滨湖区某中心', '滨湖某中心（微信公众号）', '错别字\n链接不可用'],
      ],
    },
    {
      title: '2022年度历次检查均得满分的政务新媒体名单',
      columns: [
        { header: '序号', width: 10 },
        { header: '开设主体', width: 35, align: 'left' },
        { header: '政务新媒体名称', width: 35, align: 'left' },
        { header: '类型', width: 20 },
      ],
      rows: fullMarks(fullMarksRows),
    },
    {
      title: '积极转载权威信息的政务新媒体名单',
      columns: [
        { header: '序号', width: 1000 },
        { header: '政务新媒体名称', width: 5000, align: 'left' },
        { header: '转载条数', width: 2000 },
      ],
      rows: [
        ['1', '宜兴发改（微信公众号）', '126'],
        ['2', '江阴发布（微信公众号）', '98'],
        ['3', '梁溪普法（微博）', '75'],
      ],
    },
  ];
}

const LONG_PARAGRAPH =
  '完善信息发布审核、读网巡查、留言办理、应急处置等制度，加强信息发布、栏目更新、办事服务、政策解读、互动交流等内容建设，' +
  '强化内容保障。对照政务新媒体工作要点和检查考核体系，查短板补弱项，确保各项措施落实落细落到位。' +
  '各地各部门要进一步提高思想认识，把政务新媒体建设管理工作摆上重要议事日程，明确分管负责同志和工作机构，' +
  '配齐配强工作人员，建立健全值班读网、信息发布审核、应急处置等工作机制，切实做到守土有责、守土负责、守土尽责。';

/**
 * The reference-shaped circular. `bodyRepeat` repeats the 二、三、 sections to lengthen the body;
 * `longParagraphs` adds plain paragraphs of about eight lines each at the end, so pages fill to the last line.
 */
export function sampleCircular(
  options: { bodyRepeat?: number; fullMarksRows?: number; longParagraphs?: number; tailChars?: number } = {},
): CircularDocument {
  const repeat = Math.max(1, options.bodyRepeat ?? 1);
  const long: BodyBlock[] = Array.from({ length: options.longParagraphs ?? 0 }, (_, i) => ({
    type: 'paragraph',
    runs: [{ text: `（${'三四五六七八九十'[i % 8]}）`, style: 'heading2' }, { text: LONG_PARAGRAPH }],
  }));
  // A last paragraph of `tailChars` characters moves the end of the text a line at a time.
  const tailText = LONG_PARAGRAPH.repeat(3).slice(0, options.tailChars ?? 0);
  const tail: BodyBlock[] = tailText === '' ? [] : [{ type: 'paragraph', runs: [{ text: tailText }] }];
  const middle = [
    ...Array.from({ length: repeat }, () => [...practices, ...requirements]).flat(),
    ...long,
    ...tail,
  ];
  return {
    title: SAMPLE_TITLE,
    addressees: '各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：',
    body: [{ type: 'paragraph', runs: [{ text: OPENING }] }, ...overview, ...middle],
    attachments: sampleAttachments(options.fullMarksRows),
    issuer: '无锡市人民政府办公室',
    dateText: '2023年1月9日',
    colophon: {
      cc: '市委办公室，市人大常委会办公室，市政协办公室',
      printer: '无锡市人民政府办公室',
      printDateText: '2023年1月9日',
    },
    fonts: {
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      pageNumber: '宋体',
      latin: 'Times New Roman',
    },
    meta: {
      title: SAMPLE_TITLE,
      subject: '2022年第四季度政务新媒体检查情况',
      creator: '无锡市人民政府办公室',
      created: new Date('2023-01-09T00:00:00Z'),
    },
  };
}

/** One shape of circular for the pagination check. */
export interface PaginationVariant {
  name: string;
  doc: CircularDocument;
}

/**
 * `count` shapes of the sample circular, varied so that the text ends anywhere on odd and even pages:
 * the body from one to three sections, zero to nine long paragraphs and a last paragraph of 0–299
 * characters, the second attachment's table from empty to 169 rows and last in every other shape,
 * and every fifth shape without attachments.
 */
export function paginationVariants(count: number): PaginationVariant[] {
  return Array.from({ length: count }, (_, i) => {
    const bodyRepeat = 1 + (i % 3);
    const longParagraphs = (i * 7) % 10;
    const fullMarksRows = (i * 11) % 170;
    const tailChars = (i * 37) % 300;
    const withAttachments = i % 5 !== 4;
    const doc = sampleCircular({ bodyRepeat, longParagraphs, fullMarksRows, tailChars });
    // Every other shape ends on the long table, so its last page is anything from one row to full.
    const longLast = i % 2 === 1;
    const [first, long, last] = doc.attachments;
    const attachments = !withAttachments ? [] : longLast ? [first!, last!, long!] : doc.attachments;
    const table = longLast ? `long table ${fullMarksRows} last` : `table ${fullMarksRows}`;
    return {
      name: `body ${bodyRepeat}+${longParagraphs}+${tailChars}, ${withAttachments ? table : 'no attachments'}`,
      doc: { ...doc, attachments },
    };
  });
}
