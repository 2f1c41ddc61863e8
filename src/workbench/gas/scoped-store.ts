/**
 * Storage that outlives one execution, split by scope ("script" or "user:<email>") as Apps
 * Script splits caches and properties. The sandbox keeps one per script project.
 */
export class ScopedStore<V> {
  private readonly scopes = new Map<string, Map<string, V>>();

  scope(name: string): Map<string, V> {
    let values = this.scopes.get(name);
    if (!values) {
      values = new Map();
      this.scopes.set(name, values);
    }
    return values;
  }
}

export function userScope(email: string): string {
  return `user:${email.toLowerCase()}`;
}
