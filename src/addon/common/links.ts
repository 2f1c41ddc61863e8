/** Pages the add-on links to; the manifest's openLinkUrlPrefixes allow them. */
export const PRIVACY_POLICY_URL = 'https://www.mingwork.club/privacy';
export const HELP_URL = 'https://www.mingwork.club/help/workspace';
