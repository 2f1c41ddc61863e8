/** The universal actions: account, privacy centre, admin console. */
export const account = {
  'account.title': 'Your account',
  'account.body': 'Signed in as {email}.',
  'privacy.title': 'Privacy centre',
  'privacy.body':
    'Mingwork reads your calendar and files in place. Only event IDs, Drive links and one-way guest digests leave Google.',
  'admin.title': 'Admin console',
  'admin.body': 'Domain administrators manage users and the domain policy here.',
} as const;
