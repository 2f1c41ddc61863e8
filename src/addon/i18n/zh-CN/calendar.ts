import type { calendar as english } from '../en/calendar';

export const calendar: Record<keyof typeof english, string> = {
  'calendar.homepage.title': '本周的 Mingwork',
  'calendar.homepage.body': '打开一个日程，查看它的议程、笔记、消息和文件。',
  'calendar.event.title': 'Mingwork 会议',
  'calendar.event.body': '日程“{title}”，时间：{when}。',
  'calendar.event.unsaved': '请先保存此日程，然后重新打开以创建 Mingwork 会议。',
  'calendar.event.updated': '日程已更新。',
};
