import { defineMessages } from '../../i18n/messages.ts';

export const setPasswordMessages = defineMessages({
  en: {
    title: 'Choose your password',
    intro: 'Your link lets you choose a password once. You are then signed in.',
    newPassword: 'New password',
    repeat: 'The same password again',
    submit: 'Set password and sign in',
    linkInvalid:
      'This link no longer works: it has been used, replaced by a newer one, or is more than 7 days old. ' +
      'Ask an administrator of the registry for a new link.',
    noToken:
      'This page needs the whole link you received (it ends with #token=…). Open the link again, or ask an ' +
      'administrator of the registry for a new one.',
  },
  zh: {
    title: '设置密码',
    intro: '此链接可用于设置一次密码，设置后即已登录。',
    newPassword: '新密码',
    repeat: '再次输入密码',
    submit: '设置密码并登录',
    linkInvalid: '此链接已失效：已被使用、已被新链接取代，或已超过 7 天。请向标准库管理员索取新链接。',
    noToken: '此页面需要您收到的完整链接（以 #token=… 结尾）。请重新打开该链接，或向标准库管理员索取新链接。',
  },
});
