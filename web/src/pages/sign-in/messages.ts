import { defineMessages } from '../../i18n/messages.ts';

export const signInMessages = defineMessages({
  en: {
    intro: 'Committee members sign in to draft, comment and vote. Reading standards needs no account.',
    noPassword:
      'No password yet, or forgotten it? An administrator of the registry sends you a link to set one ' +
      '(valid 7 days).',
  },
  zh: {
    intro: '委员会成员登录后可起草、评论和投票。查阅标准无需账户。',
    noPassword: '还没有密码或忘记了密码？请标准库管理员发给您设置密码的链接（7 天内有效）。',
  },
});
