#!/usr/bin/env node
// Type-checks every wing with its own tsconfig (the add-on without Node, the backend without
// Apps Script, the page with the DOM…), two at a time. A new tsconfig.json under src/ or test/
// is picked up without editing this file.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function projectsUnder(dir) {
  const found = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...projectsUnder(relative));
    else if (entry.name === 'tsconfig.json') found.push(dir);
  }
  return found;
}

function check(project) {
  return new Promise((resolve) => {
    const tsc = spawn(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit'],
      {
        cwd: root,
      },
    );
    let output = '';
    tsc.stdout.on('data', (chunk) => (output += chunk));
    tsc.stderr.on('data', (chunk) => (output += chunk));
    tsc.on('close', (code) => resolve({ project, code, output }));
  });
}

const projects = [...projectsUnder('src'), ...projectsUnder('test'), '.'];
const pending = [...projects];
const failed = [];
async function worker() {
  for (let project = pending.shift(); project !== undefined; project = pending.shift()) {
    const result = await check(project);
    if (result.code !== 0) {
      failed.push(project);
      process.stdout.write(result.output);
    }
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
console.log(
  failed.length
    ? `typecheck: ${failed.length} of ${projects.length} projects failed: ${failed.join(', ')}`
    : `typecheck: ${projects.length} projects clean (${projects.join(', ')})`,
);
process.exitCode = failed.length ? 1 : 0;
