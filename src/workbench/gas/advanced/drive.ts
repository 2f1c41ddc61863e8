/**
 * The Drive advanced service (Drive API v3) as an add-on with the drive.file scope sees it:
 * only files the user can access AND has granted to the add-on (or created with it).
 */
import { BlobFake } from '../blob';
import type { ServiceContext } from '../context';
import { guarded, type Fake } from '../not-implemented';
import type { DriveRole, WorldFile, WorldPermission } from '../world';
import { ApiCalls, checkOptions } from './api-calls';
import { fileResource, permissionResource } from './drive-resources';
import { applyFields, parseFields } from './fields';

type DriveApi = GoogleAppsScript.Drive;
type Resource = Record<string, unknown>;

/** Drive v3 returns these fields unless the request names others. */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_PERMISSION_FIELDS = 'kind,id,type,role';
const DEFAULT_PERMISSION_LIST_FIELDS = `kind,permissions(${DEFAULT_PERMISSION_FIELDS})`;
const ROLES: readonly DriveRole[] = ['owner', 'writer', 'commenter', 'reader'];
const SHARING_ROLES: readonly DriveRole[] = ['owner', 'writer'];
const READ_OPTIONS = ['fields', 'supportsAllDrives'] as const;
const SHARE_OPTIONS = [
  'fields',
  'supportsAllDrives',
  'sendNotificationEmail',
  'emailMessage',
] as const;

interface FieldsOption {
  fields?: string;
}

interface FileRequest {
  name?: string;
  mimeType?: string;
  parents?: string[];
}

interface PermissionRequest {
  role?: string;
  type?: string;
  emailAddress?: string;
}

export class DriveAdvancedService {
  private permissionCounter = 0;

  private readonly calls: ApiCalls;

  constructor(private readonly context: ServiceContext) {
    this.calls = new ApiCalls(context, 'drive');
  }

  getFile(fileId: string, options: FieldsOption = {}): Resource {
    checkOptions(this.context.raise, 'Drive.Files.get', options, READ_OPTIONS);
    const file = this.accessibleFile('Files.get', fileId);
    this.calls.succeeded('Files.get', { fileId });
    return this.select(this.fileResource(file), options.fields ?? DEFAULT_FILE_FIELDS);
  }

  createFile(resource: FileRequest = {}, blob?: unknown, options: FieldsOption = {}): Resource {
    checkOptions(this.context.raise, 'Drive.Files.create', options, READ_OPTIONS);
    const { world, user, clock } = this.context;
    const media = blob instanceof BlobFake ? blob : undefined;
    const now = new Date(clock.now());
    const file: WorldFile = {
      id: `1wb${crypto.randomUUID().replace(/-/g, '')}`,
      name: resource.name ?? media?.getName() ?? 'Untitled',
      mimeType: resource.mimeType ?? media?.getContentType() ?? 'application/octet-stream',
      parents: resource.parents ?? [],
      permissions: [this.newPermission('owner', user.email)],
      createdTime: now,
      modifiedTime: now,
      grantedTo: new Set([user.email.toLowerCase()]),
      content: media?.toBuffer(),
    };
    world.files.push(file);
    this.calls.succeeded('Files.create', { fileId: file.id, bytes: media?.toBuffer().length ?? 0 });
    return this.select(this.fileResource(file), options.fields ?? DEFAULT_FILE_FIELDS);
  }

  listPermissions(fileId: string, options: FieldsOption = {}): Resource {
    checkOptions(this.context.raise, 'Drive.Permissions.list', options, READ_OPTIONS);
    const file = this.accessibleFile('Permissions.list', fileId);
    this.calls.succeeded('Permissions.list', { fileId });
    const list = {
      kind: 'drive#permissionList',
      permissions: file.permissions.map((permission) =>
        permissionResource(permission, this.context.world),
      ),
    };
    return this.select(list, options.fields ?? DEFAULT_PERMISSION_LIST_FIELDS);
  }

  /**
   * Sharing with someone who already has access can raise their role but never lowers it (an
   * owner stays owner); the call succeeds and answers with the role they end up with.
   */
  createPermission(request: PermissionRequest, fileId: string, options: Resource = {}): Resource {
    checkOptions(this.context.raise, 'Drive.Permissions.create', options, SHARE_OPTIONS);
    const file = this.accessibleFile('Permissions.create', fileId);
    const args = {
      fileId,
      role: request.role,
      emailAddress: request.emailAddress,
      sendNotificationEmail: options.sendNotificationEmail !== false,
    };
    const role = this.validRole(request, args);
    if (
      !SHARING_ROLES.includes(this.context.world.roleOf(this.context.user.email, file) ?? 'reader')
    ) {
      throw this.calls.failed(
        'Permissions.create',
        args,
        403,
        'The user does not have sufficient permissions for this file.',
      );
    }
    const email = request.emailAddress as string;
    const existing = file.permissions.find(
      (permission) => permission.emailAddress.toLowerCase() === email.toLowerCase(),
    );
    const permission = existing ?? this.newPermission(role, email);
    // ROLES runs from the highest role down.
    if (ROLES.indexOf(role) < ROLES.indexOf(permission.role)) permission.role = role;
    if (!existing) file.permissions.push(permission);
    this.calls.succeeded('Permissions.create', args);
    return this.select(
      permissionResource(permission, this.context.world),
      String(options.fields ?? DEFAULT_PERMISSION_FIELDS),
    );
  }

  private validRole(request: PermissionRequest, args: Record<string, unknown>): DriveRole {
    if (request.type !== 'user') {
      throw this.context.raise(
        `Drive.Permissions.create for type "${String(request.type)}" is not implemented by the workbench`,
      );
    }
    if (!request.emailAddress) {
      throw this.calls.failed(
        'Permissions.create',
        args,
        400,
        'The permission emailAddress field is required for this permission type.',
      );
    }
    const role = ROLES.find((candidate) => candidate === request.role);
    if (!role)
      throw this.calls.failed(
        'Permissions.create',
        args,
        400,
        `The provided role is invalid: ${String(request.role)}`,
      );
    if (role === 'owner') {
      throw this.calls.failed(
        'Permissions.create',
        args,
        403,
        "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
      );
    }
    return role;
  }

  /** With drive.file, a file the add-on was not granted is indistinguishable from a missing one. */
  private accessibleFile(method: string, fileId: string): WorldFile {
    const { world, user } = this.context;
    const file = world.findFile(fileId);
    if (!file || !world.roleOf(user.email, file) || !world.hasFileScope(user.email, file)) {
      throw this.calls.failed(method, { fileId }, 404, `File not found: ${fileId}.`);
    }
    return file;
  }

  private newPermission(role: DriveRole, emailAddress: string): WorldPermission {
    this.permissionCounter += 1;
    return {
      id: `perm-${emailAddress}-${this.permissionCounter}`,
      type: 'user',
      role,
      emailAddress,
    };
  }

  private fileResource(file: WorldFile): Resource {
    return fileResource(file, this.context.world, this.context.user.email);
  }

  private select(resource: Resource, fields: string): Resource {
    return applyFields(resource, parseFields(fields));
  }
}

/** The `Drive` global as Apps Script exposes it once the advanced service is enabled. */
export function createDrive(context: ServiceContext): DriveApi {
  const service = new DriveAdvancedService(context);
  const { raise } = context;
  const files: Fake<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection> = {
    get: (fileId: string, options?: FieldsOption) => service.getFile(fileId, options),
    create: (resource: FileRequest, blob?: unknown, options?: FieldsOption) =>
      service.createFile(resource, blob, options),
  };
  const permissions: Fake<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection> = {
    create: (resource: PermissionRequest, fileId: string, options?: Resource) =>
      service.createPermission(resource, fileId, options),
    list: (fileId: string, options?: FieldsOption) => service.listPermissions(fileId, options),
  };
  return guarded<DriveApi>(
    'Drive',
    {
      Files: guarded('Drive.Files', files, raise),
      Permissions: guarded('Drive.Permissions', permissions, raise),
    },
    raise,
  );
}
