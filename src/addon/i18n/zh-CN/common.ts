import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'app.name': 'Mingwork',
  'common.homepage.title': '欢迎使用 Mingwork',
  'common.homepage.body':
    '在 Google 日历中打开一个日程即可查看其 Mingwork 会议；在 Google 云端硬盘中选择文件即可将其共享到会议。',
  'error.title': '出错了',
  'error.calendarRead': 'Mingwork 无法从 Google 日历读取此日程。请稍后重试。',
  'error.retry': '重试',
};
