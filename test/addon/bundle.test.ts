/**
 * The bundle is what clasp pushes: Apps Script finds triggers and callbacks only as
 * top-level function declarations, and its V8 runtime has no module system or Node globals.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { ENTRY_POINT_NAMES } from '../../src/addon/actions';

const dist = path.resolve(__dirname, '../../dist');
const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(dist, 'appsscript.json'), 'utf8')) as unknown;

function runFunctionsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => runFunctionsOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'runFunction' && typeof child === 'string') found.push(child);
      else runFunctionsOf(child, found);
    }
  }
  return found;
}

/** Loads a bundle the way Apps Script does: one script in a global scope with no Node APIs. */
function loadBundle(script = code): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(script, context, { filename: 'Code.js' });
  return context;
}

/**
 * The functions Apps Script can call by name: declared at the top level of the script (an
 * assignment to globalThis is not enough) and, once the script ran, replaced by a handler
 * (gas-webpack-plugin declares empty stubs that the bundle's `global.x = …` fills in).
 */
function callableFunctions(script: string): string[] {
  const source = ts.createSourceFile('Code.js', script, ts.ScriptTarget.ES2022, true);
  const context = loadBundle(script);
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((stub) => String(context[stub.name!.text]) !== stub.getText(source))
    .map((stub) => stub.name!.text)
    .sort();
}

describe('dist/Code.js', () => {
  it('was built together with its manifest', () => {
    expect(existsSync(path.join(dist, 'appsscript.json'))).toBe(true);
    expect(manifest).toEqual(
      JSON.parse(readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8')),
    );
  });

  it('loads in a bare V8 context without require, module or process', () => {
    expect(() => loadBundle()).not.toThrow();
  });

  it('makes exactly the registry’s triggers and callbacks callable, nothing less, nothing more', () => {
    expect(callableFunctions(code)).toEqual([...ENTRY_POINT_NAMES].sort());
  });

  it('makes every manifest runFunction callable', () => {
    const names = runFunctionsOf(manifest);
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(callableFunctions(code)).toEqual(expect.arrayContaining(names));
  });

  it('does not count a handler only assigned to globalThis, or a stub nothing fills in', () => {
    const wired = `function onAgendaAdd() {\n}\n(() => {\n  function onAgendaAdd(e) { return e; }\n  globalThis.onAgendaAdd = onAgendaAdd;\n})();`;
    const assignedOnly = `(() => {\nfunction onAgendaAdd(e) { return e; }\nglobalThis.onAgendaAdd = onAgendaAdd;\n})();`;
    const stubOnly = `function onAgendaAdd() {\n}`;
    expect(callableFunctions(wired)).toEqual(['onAgendaAdd']);
    expect(callableFunctions(assignedOnly)).toEqual([]);
    expect(callableFunctions(stubOnly)).toEqual([]);
  });

  it('has no module syntax at top level', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });
});
