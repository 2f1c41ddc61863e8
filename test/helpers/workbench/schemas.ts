/**
 * Google's add-on JSON schemas from ../shared/schemas/workspace-addons. They are not part of
 * the project (people who clone the repo do not have them), so locally the conformance tests
 * skip, saying why, when they are absent; under CI=true they run and fail instead, so a CI
 * without ../shared cannot pass by testing less (as the browser tests do without Chromium).
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/workbench/sandbox';

export const SCHEMA_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'schemas', 'workspace-addons');
const SCHEMAS_MISSING_REASON = `Google's add-on schemas are not at ${SCHEMA_DIR} (they live outside the repo)`;

type Schema = Record<string, unknown>;

/**
 * The files were generated with draft-04-style `$id`s on nested definitions ("/properties/x"),
 * which re-base every `#/definitions/…` reference under them and make them unresolvable.
 * Keeping only the file name as the root id restores the references the authors meant.
 */
function withoutNestedIds(node: unknown, isRoot = true): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutNestedIds(item, false));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Schema)
      .filter(([key]) => isRoot || key !== '$id')
      .map(([key, value]) => [key, withoutNestedIds(value, false)]),
  );
}

/**
 * Corrections where a file contradicts Google's card reference. Each is kept to the field it
 * fixes. Card.cardActions is a repeated field (`cardActions[]`) in the Card v2 reference.
 */
function applyErrata(file: string, schema: Schema): Schema {
  if (file !== 'Card.schema.json') return schema;
  const definitions = schema.definitions as Record<string, Schema>;
  const card = definitions.card as { properties: Record<string, Schema> };
  card.properties.cardActions = { type: 'array', items: { $ref: '#/definitions/cardAction' } };
  return schema;
}

/** References into other files, e.g. "GmailEvent.schema.json#/definitions/gmailEventObject". */
function externalRefs(schemas: Schema[]): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Schema)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) found.push(value);
      visit(value);
    }
  };
  schemas.forEach(visit);
  return found;
}

/**
 * Stands in for files other schemas mention but that are not shipped (Gmail, Docs, Sheets,
 * Slides, Editors): hosts this add-on never runs in, so any value there is wrong.
 */
function rejectingStubs(schemas: Schema[], present: string[]): Schema[] {
  const stubs = new Map<string, Record<string, Schema>>();
  for (const ref of externalRefs(schemas)) {
    const [file, pointer = ''] = ref.split('#') as [string, string?];
    if (present.includes(file)) continue;
    const definitions = stubs.get(file) ?? {};
    const name = pointer.replace('/definitions/', '');
    if (name) definitions[name] = { not: {} };
    stubs.set(file, definitions);
  }
  return [...stubs].map(([file, definitions]) => ({ $id: file, not: {}, definitions }));
}

export interface SchemaValidator {
  /** Returns ajv's errors, or an empty list when the value conforms. */
  errors(ref: string, value: unknown): ErrorObject[];
}

export function loadSchemas(): SchemaValidator {
  if (!existsSync(SCHEMA_DIR)) {
    throw new Error(`${SCHEMAS_MISSING_REASON}; under CI=true the conformance tests must run.`);
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const files = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.schema.json'));
  const schemas = files.map((file) => {
    const raw = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Schema;
    return applyErrata(file, { ...(withoutNestedIds(raw) as Schema), $id: file });
  });
  [...schemas, ...rejectingStubs(schemas, files)].forEach((schema) => ajv.addSchema(schema));
  return {
    errors(ref, value) {
      const validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`No schema ${ref}`);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}

export const CARD = 'Card.schema.json#/definitions/card';
export const RENDER_ACTION = 'RenderActionResponse.schema.json#/definitions/renderAction';
export const EVENT_OBJECT = 'CommonEvent.schema.json#/definitions/eventObject';

/**
 * A describe block whose tests validate against the schemas, reached through `schemas()`.
 * They load on first use, not while jest collects the tests (a skipped block is collected too).
 */
export function describeConformance(
  name: string,
  body: (schemas: () => SchemaValidator) => void,
): void {
  const runs = existsSync(SCHEMA_DIR) || process.env.CI === 'true';
  if (!runs) console.warn(`Skipping "${name}": ${SCHEMAS_MISSING_REASON}.`);
  (runs ? describe : describe.skip)(name, () => {
    let validator: SchemaValidator | undefined;
    body(() => (validator ??= loadSchemas()));
  });
}
