import { defineMessages } from '../i18n/messages.ts';

/** Texts of signing in, shared by the header and the sign-in, set-password and person pages. */
export const authMessages = defineMessages({
  en: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    myPage: 'My page',
    signedInAs: 'Signed in as {name}',
    email: 'E-mail address',
    password: 'Password',
    signInFailed:
      'The e-mail address or the password is wrong (which one is not said). Check both and try again. ' +
      'Forgotten your password? Ask an administrator for a reset link.',
    rateLimited: 'Too many failed sign-ins for this account or from this computer. Try again in {wait}.',
    minutes: '{n} min',
    seconds: '{n} s',
    checkInput: 'Check what you entered: {message}',
    passwordRule: '12 to 200 characters; spaces are allowed, so a phrase of several words works well.',
    tooShort: 'The password is too short: at least 12 characters ({n} now).',
    tooLong: 'The password is too long: at most 200 characters ({n} now).',
    mismatch: 'The two passwords are not the same.',
    working: 'Please wait…',
  },
  zh: {
    signIn: '登录',
    signOut: '退出登录',
    myPage: '我的页面',
    signedInAs: '已登录：{name}',
    email: '电子邮箱',
    password: '密码',
    signInFailed: '电子邮箱或密码不正确（不提示是哪一项）。请检查后重试。忘记密码？请向管理员索取重置链接。',
    rateLimited: '此账户或此电脑登录失败次数过多。请 {wait} 后重试。',
    minutes: '{n} 分钟',
    seconds: '{n} 秒',
    checkInput: '请检查输入：{message}',
    passwordRule: '12 至 200 个字符；可含空格，用几个词组成的短语即可。',
    tooShort: '密码太短：至少 12 个字符（当前 {n} 个）。',
    tooLong: '密码太长：最多 200 个字符（当前 {n} 个）。',
    mismatch: '两次输入的密码不一致。',
    working: '请稍候…',
  },
});
