import { defineMessages } from '../../i18n/messages.ts';

export const searchMessages = defineMessages({
  en: {
    title: 'Find a standard',
    label: 'Designation, title or words of the text',
    placeholder: 'e.g. GB 38031, traction battery, 动力蓄电池, R155',
    on: 'Applies on',
    scope: 'For',
    scopeNew: 'new type approvals',
    scopeExisting: 'existing types',
    results: '{count} matches in {standards} standards',
    resultsOneStandard: '{count} matches in 1 standard',
    resultsOne: '1 match in 1 standard',
    resultsShown: 'showing {shown} of {count} matches',
    noResults: 'Nothing matches “{query}”. Try fewer words, or a designation such as GB 38031.',
    searching: 'Searching…',
    applies: 'Applies on {date}:',
    appliesNone: 'No version certainly applies on {date}.',
    replacedBy: 'Replaced by',
    matchedStandard: 'designation or title',
    clause: 'clause {number}',
    more: 'Show more matches',
    exportTitle: 'Export',
    exportCsv: 'These results (CSV)',
    exportTable: 'Versions of these standards with their status (CSV)',
    exportJson: 'These standards (interchange JSON)',
    examplesTitle: 'Try',
    examplesIntro:
      'Type a designation as you would write it (GB/T 31486, ECE R155, ISO 26262), words of a title, or words ' +
      'of the text, in English or Chinese. Use ↑ and ↓ to move through the results, Enter to open one, ' +
      'Escape to return to the box.',
  },
  zh: {
    title: '查找标准',
    label: '标准号、名称或正文中的词',
    placeholder: '例如 GB 38031、动力蓄电池、traction battery、R155',
    on: '实施日期',
    scope: '适用于',
    scopeNew: '新申请型式批准',
    scopeExisting: '已获批准的车型',
    results: '{standards} 项标准中共 {count} 条结果',
    resultsOneStandard: '1 项标准中共 {count} 条结果',
    resultsOne: '1 项标准中共 1 条结果',
    resultsShown: '已显示 {count} 条中的 {shown} 条',
    noResults: '没有与“{query}”相符的结果。可减少检索词，或输入标准号，如 GB 38031。',
    searching: '正在检索…',
    applies: '{date} 适用：',
    appliesNone: '{date} 没有确定适用的版本。',
    replacedBy: '被代替为',
    matchedStandard: '标准号或名称',
    clause: '第 {number} 条',
    more: '显示更多结果',
    exportTitle: '导出',
    exportCsv: '当前结果（CSV）',
    exportTable: '这些标准的各版本及状态（CSV）',
    exportJson: '这些标准（交换格式 JSON）',
    examplesTitle: '试试',
    examplesIntro:
      '可按习惯输入标准号（GB/T 31486、ECE R155、ISO 26262）、标准名称中的词或条文中的词，中英文均可。' +
      '用 ↑ ↓ 键在结果间移动，按回车键打开，按 Esc 键回到检索框。',
  },
});

/** Searches shown on the empty page: one of each way people search. */
export const EXAMPLES = ['GB/T 31486', 'ECE R155', '动力蓄电池', 'cyber security', 'ISO 26262'];
