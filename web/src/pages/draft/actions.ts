import { defineMessages } from '../../i18n/messages.ts';

/** What the history's actions mean, in words; an action not named here is shown as its code. */
export const actionMessages = defineMessages({
  en: {
    'draft.created': 'Draft proposed',
    'draft.stageMoved': 'Moved to {to}',
    'draft.revisionAdded': 'Revision {number} saved',
    'draft.published': 'Published as {designation}',
    'draft.replacementConsented': 'Replacement consented',
    'ballot.opened': 'Ballot opened',
    'ballot.closed': 'Ballot closed',
    'ballot.voteCast': 'Vote cast',
    'comment.created': 'Comment made',
    'comment.replied': 'Reply to a comment',
    'comment.edited': 'Comment edited',
    'comment.withdrawn': 'Comment withdrawn',
    'comment.disposed': 'Disposition recorded',
    'comment.carried': 'Comment carried to the current revision',
    'comment.sheetUploaded': 'Comment sheet uploaded',
  },
  zh: {
    'draft.created': '提出草案',
    'draft.stageMoved': '转入“{to}”',
    'draft.revisionAdded': '保存第 {number} 稿',
    'draft.published': '发布为 {designation}',
    'draft.replacementConsented': '同意替代',
    'ballot.opened': '开始投票',
    'ballot.closed': '投票关闭',
    'ballot.voteCast': '投票',
    'comment.created': '提出意见',
    'comment.replied': '回复意见',
    'comment.edited': '修改意见',
    'comment.withdrawn': '撤回意见',
    'comment.disposed': '记录处理意见',
    'comment.carried': '意见转至当前修订稿',
    'comment.sheetUploaded': '上传意见表',
  },
});

export type Action = keyof (typeof actionMessages)['en'];
export const isKnownAction = (action: string): action is Action => action in actionMessages.en;
