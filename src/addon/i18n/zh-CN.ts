import type { MessageKey } from './en';

/** Simplified Chinese catalogue. */
export const zhCN: Record<MessageKey, string> = {
  'app.name': 'Mingwork',
  'common.homepage.title': '欢迎使用 Mingwork',
  'common.homepage.body':
    '在 Google 日历中打开一个日程即可查看其 Mingwork 会议；在 Google 云端硬盘中选择文件即可将其共享到会议。',
  'calendar.homepage.title': '本周的 Mingwork',
  'calendar.homepage.body': '打开一个日程，查看它的议程、笔记、消息和文件。',
  'calendar.event.title': 'Mingwork 会议',
  'calendar.event.body': '日程“{title}”，时间：{when}。',
  'calendar.event.unsaved': '请先保存此日程，然后重新打开以创建 Mingwork 会议。',
  'calendar.event.updated': '日程已更新。',
  'drive.homepage.title': '将文件共享到会议',
  'drive.homepage.body': '选择一个或多个文件，将其共享到 Mingwork 会议。',
  'drive.selected.title': '已选文件',
  'drive.selected.count': '已选择 {count} 个文件。',
  'account.title': '您的账户',
  'account.body': '当前登录：{email}。',
  'privacy.title': '隐私中心',
  'privacy.body':
    'Mingwork 在 Google 内部读取您的日历和文件。只有日程 ID、云端硬盘链接和单向的参会者摘要会离开 Google。',
  'admin.title': '管理控制台',
  'admin.body': '域管理员在此管理用户和域策略。',
  'error.title': '出错了',
  'error.calendarRead': 'Mingwork 无法从 Google 日历读取此日程。请稍后重试。',
  'error.retry': '重试',
};
