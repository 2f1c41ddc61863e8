import type { drive as english } from '../en/drive';

export const drive: Record<keyof typeof english, string> = {
  'drive.homepage.title': '将文件共享到会议',
  'drive.homepage.body': '选择一个或多个文件，将其共享到 Mingwork 会议。',
  'drive.selected.title': '已选文件',
  'drive.selected.count': '已选择 {count} 个文件。',
};
