// Lints source texts as if they sat at the given paths of the repository, with the project's
// own ESLint config. Jest cannot load the ESM config in its VM, so tests run this as a child:
// it reads [{file, code}] as JSON on stdin and prints the messages of each as JSON.
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const eslint = new ESLint({ cwd: root });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results.push((result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
