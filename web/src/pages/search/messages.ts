import { defineMessages } from '../../i18n/messages.ts';

export const searchMessages = defineMessages({
  en: {
    title: 'Find a standard',
    label: 'Designation, title or words of the text',
    placeholder: 'e.g. GB 38031, traction battery, 动力蓄电池, R155',
    results: '{count} matches',
    noResults: 'Nothing matches “{query}”.',
  },
  zh: {
    title: '查找标准',
    label: '标准号、名称或正文中的词',
    placeholder: '例如 GB 38031、动力蓄电池、traction battery、R155',
    results: '共 {count} 条结果',
    noResults: '没有与“{query}”相符的结果。',
  },
});
