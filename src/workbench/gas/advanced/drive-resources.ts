/** How Drive API v3 presents world files and permissions. */
import {
  FOLDER_MIME_TYPE,
  sameEmail,
  type World,
  type WorldFile,
  type WorldPermission,
} from '../world';

const EDITOR_PATHS: Record<string, string> = {
  'application/vnd.google-apps.document': 'document',
  'application/vnd.google-apps.spreadsheet': 'spreadsheets',
  'application/vnd.google-apps.presentation': 'presentation',
};

export function webViewLink(file: Pick<WorldFile, 'id' | 'mimeType'>): string {
  if (file.mimeType === FOLDER_MIME_TYPE)
    return `https://drive.google.com/drive/folders/${file.id}`;
  const editor = EDITOR_PATHS[file.mimeType];
  if (editor) return `https://docs.google.com/${editor}/d/${file.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
}

export function iconLink(mimeType: string): string {
  return `https://drive-thirdparty.googleusercontent.com/16/type/${mimeType}`;
}

export function permissionResource(
  permission: WorldPermission,
  world: World,
): Record<string, unknown> {
  return {
    kind: 'drive#permission',
    id: permission.id,
    type: permission.type,
    role: permission.role,
    emailAddress: permission.emailAddress,
    displayName: world.findUser(permission.emailAddress)?.name,
  };
}

export function fileResource(
  file: WorldFile,
  world: World,
  viewer: string,
): Record<string, unknown> {
  const owners = file.permissions.filter((permission) => permission.role === 'owner');
  return {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: file.parents,
    webViewLink: webViewLink(file),
    iconLink: iconLink(file.mimeType),
    createdTime: file.createdTime.toISOString(),
    modifiedTime: file.modifiedTime.toISOString(),
    owners: owners.map((owner) => ({
      kind: 'drive#user',
      displayName: world.findUser(owner.emailAddress)?.name,
      emailAddress: owner.emailAddress,
      me: sameEmail(owner.emailAddress, viewer),
    })),
    permissions: file.permissions.map((permission) => permissionResource(permission, world)),
  };
}
