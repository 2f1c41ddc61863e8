/** The Drive side panel: sharing selected files to a meeting. */
export const drive = {
  'drive.homepage.title': 'Share files to a meeting',
  'drive.homepage.body': 'Select one or more files to share them to a Mingwork meeting.',
  'drive.selected.title': 'Selected files',
  'drive.selected.count': '{count} file(s) selected.',
} as const;
