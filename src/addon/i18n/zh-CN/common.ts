import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'app.name': 'Mingwork',
  'common.homepage.title': '欢迎使用 Mingwork',
  'common.homepage.body':
    '在 Google 日历中打开一个日程即可查看其 Mingwork 会议；在 Google 云端硬盘中选择文件即可将其共享到会议。',
  'error.title': '出错了',
  'error.calendarRead': 'Mingwork 无法从 Google 日历读取此日程。请稍后重试。',
  'error.retry': '重试',
  'error.unavailable': 'Mingwork 服务暂时没有响应。请稍后重试。',
  'error.signedOut':
    'Mingwork 服务没有接受您的 Google 登录。您的管理员可能需要完成 Mingwork 的设置。',
  'error.notSetUp': 'Mingwork 尚未设置完成：缺少其服务地址。请联系您的管理员。',
  'error.refused': 'Mingwork 服务无法完成此操作。',
  'error.notFound': '该内容已被删除，或不再与您共享。',
  'error.forbidden': '只有作者或会议所有者可以这样做。',
  'error.conflict': 'Mingwork 暂时无法完成此操作：会议可能已满，或刚被修改。',
  'error.badRequest': 'Mingwork 拒绝了提交的内容。请检查输入后重试。',
  'error.disabled.title': '账户已停用',
  'error.disabled.body':
    '您的 Mingwork 账户已被您所在域的管理员停用。您在会议中共享的内容仍会为同事保留。如需恢复，请联系您的管理员。',
  'common.cancel': '取消',
};
