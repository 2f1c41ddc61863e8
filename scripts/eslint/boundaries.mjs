// The house's import rules as one ESLint rule: a file may not import from the folders its
// config names. Paths are resolved from the importing file, so `../backend/client` inside the
// add-on (its own backend client) and `../../backend/app` (the server) are told apart.
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** A folder or module of the repository as the config names it ("src/addon/google", "src/shared/limits.ts"). */
function absolute(relative) {
  return path.join(ROOT, relative).replace(/\.ts$/, '');
}

function isInside(file, target) {
  const place = absolute(target);
  return file === place || file.startsWith(place + path.sep);
}

/** Where a relative specifier points, without an extension; packages are not resolved. */
function resolveSpecifier(importer, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  return path.resolve(path.dirname(importer), specifier).replace(/\.(ts|js|mjs|cjs)$/, '');
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each wing and layer to the imports the design allows.' },
    schema: [
      {
        type: 'object',
        properties: {
          forbid: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                target: { type: 'string' },
                message: { type: 'string' },
                allowTypeOnly: { type: 'boolean' },
                except: { type: 'array', items: { type: 'string' } },
              },
              required: ['target', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { forbidden: '{{specifier}}: {{message}}' },
  },
  create(context) {
    const forbid = context.options[0]?.forbid ?? [];
    const importer = context.physicalFilename ?? context.filename;

    function check(node, source, typeOnly) {
      if (typeof source?.value !== 'string') return;
      const resolved = resolveSpecifier(importer, source.value);
      if (!resolved) return;
      for (const rule of forbid) {
        if (!isInside(resolved, rule.target)) continue;
        if (rule.allowTypeOnly && typeOnly) continue;
        if ((rule.except ?? []).some((allowed) => isInside(resolved, allowed))) continue;
        context.report({
          node,
          messageId: 'forbidden',
          data: { specifier: source.value, message: rule.message },
        });
        return;
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0], false);
      },
    };
  },
};

export default { rules: { boundaries } };
