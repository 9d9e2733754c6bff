import { defineMessages } from '../../i18n/messages.ts';

/** What the draft page announces when someone else changes the draft while it is open. */
export const liveMessages = defineMessages({
  en: {
    commentedOn: '{name} commented on {clause}',
    commentedGeneral: '{name} commented on the whole draft',
    replied: '{name} replied to a comment',
    voted: '{name} voted',
    moved: '{name} moved the draft to {to}',
    revised: '{name} saved revision {number}',
    closedBallot: '{name} closed the ballot',
    published: '{name} published the draft as {designation}',
    closedOnTime: 'The ballot closed at its closing time',
    other: '{name}: {what}',
    someone: 'Someone',
  },
  zh: {
    commentedOn: '{name} 对 {clause} 提出了意见',
    commentedGeneral: '{name} 对整个草案提出了意见',
    replied: '{name} 回复了一条意见',
    voted: '{name} 已投票',
    moved: '{name} 将草案转入“{to}”',
    revised: '{name} 保存了第 {number} 稿',
    closedBallot: '{name} 关闭了投票',
    published: '{name} 将草案发布为 {designation}',
    closedOnTime: '投票已到截止时间，自动关闭',
    other: '{name}：{what}',
    someone: '有人',
  },
});
