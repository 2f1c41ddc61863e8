import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'app.name': 'Mingwork',
  'common.homepage.title': '欢迎使用 Mingwork',
  'common.homepage.body':
    '在 Google 日历中打开一个日程即可查看其 Mingwork 会议；在 Google 云端硬盘中选择文件即可将其共享到会议。',
  'error.title': '出错了',
  'error.calendarRead': 'Mingwork 无法从 Google 日历读取此日程。请稍后重试。',
  'error.retry': '重试',
  'error.notFound': '该内容已被删除，或不再与您共享。',
  'error.forbidden': '只有作者或会议所有者可以这样做。',
  'error.conflict': 'Mingwork 暂时无法完成此操作：会议可能已满，或刚被修改。',
  'error.badRequest': 'Mingwork 拒绝了提交的内容。请检查输入后重试。',
  'error.unauthenticated': 'Mingwork 无法确认您的身份。请重新加载插件后重试。',
  'error.unavailable': '无法连接 Mingwork。您的输入已保留，请重试。',
  'error.internal': 'Mingwork 出错了。您的输入已保留，请重试。',
};
