/**
 * The bundle is what clasp pushes: Apps Script finds triggers and callbacks only as
 * top-level functions, and its V8 runtime has no module system or Node globals.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
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

/** Loads the bundle the way Apps Script does: one script in a global scope with no Node APIs. */
function loadBundle(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
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

  it('exposes every manifest runFunction as a top-level function', () => {
    const context = loadBundle();
    const names = runFunctionsOf(manifest);
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const name of names) {
      expect([name, typeof context[name]]).toEqual([name, 'function']);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('exposes every callback of the registry as a top-level function', () => {
    const context = loadBundle();
    for (const name of ENTRY_POINT_NAMES) {
      expect([name, typeof context[name]]).toEqual([name, 'function']);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('has no module syntax at top level', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });
});
