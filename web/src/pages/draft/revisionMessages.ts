import { defineMessages } from '../../i18n/messages.ts';

/** Texts of the revision picker and of the comparison of two revisions (`/drafts/:id/compare`). */
export const revisionMessages = defineMessages({
  en: {
    pickLegend: 'Compare two revisions',
    fromRevision: 'From',
    toRevision: 'To',
    compare: 'Show the differences',
    revisionN: 'Revision {n}',
    latestListed: 'The latest {n} of {total} revisions are listed; compare any two revisions below.',
    title: '{designation}: revision {from} → {to}',
    heading: 'Revision {from} → revision {to}',
    backToDraft: 'Back to the draft {designation}',
    missing: 'This draft has no revision {from} or no revision {to}. Pick two of its revisions below.',
    onlyOne: 'The draft has fewer than two revisions: there is nothing to compare yet.',
    absent: 'Not in this revision.',
    same: 'The two revisions have the same clauses.',
    changesFromPrevious: 'What changed from revision {n}',
  },
  zh: {
    pickLegend: '比较两个修订稿',
    fromRevision: '从',
    toRevision: '到',
    compare: '显示差异',
    revisionN: '第 {n} 稿',
    latestListed: '仅列出 {total} 稿中最新的 {n} 稿；下方可比较其中任意两稿。',
    title: '{designation}：第 {from} 稿 → 第 {to} 稿',
    heading: '第 {from} 稿 → 第 {to} 稿',
    backToDraft: '返回草案 {designation}',
    missing: '此草案没有第 {from} 稿或第 {to} 稿。请在下方选择其两个修订稿。',
    onlyOne: '此草案的修订稿少于两个：尚无可比较的内容。',
    absent: '此修订稿中没有。',
    same: '两个修订稿的条款相同。',
    changesFromPrevious: '与第 {n} 稿相比的改动',
  },
});
