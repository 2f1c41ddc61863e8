import type { account as english } from '../en/account';

export const account: Record<keyof typeof english, string> = {
  'account.title': '您的账户',
  'account.body': '当前登录：{email}。',
  'privacy.title': '隐私中心',
  'privacy.body':
    'Mingwork 在 Google 内部读取您的日历和文件。只有日程 ID、云端硬盘链接和单向的参会者摘要会离开 Google。',
  'admin.title': '管理控制台',
  'admin.body': '域管理员在此管理用户和域策略。',
};
