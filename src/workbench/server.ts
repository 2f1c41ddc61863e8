/**
 * The workbench's web server: serves the page (src/workbench/web, its script bundled into
 * dist/workbench) and its JSON API (page-contract.ts), which runs the built add-on in the
 * sandbox. One request at a time is all a person at the page needs, and the sandbox blocks
 * this thread while the add-on waits for the backend anyway.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import path from 'node:path';
import {
  ExecutionError,
  PageNotFoundError,
  PageRequestError,
  parseInvokeRequest,
  type PageApi,
} from './page-api';
import type { GrantRequest } from './page-contract';
import { REPO_ROOT } from './sandbox';

export interface WorkbenchServer {
  url: string;
  close(): Promise<void>;
}

const WEB_ROOT = path.join(__dirname, 'web');
/** `npm run build:page` bundles web/app.ts and its imports for the browser. */
const PAGE_BUNDLE = path.join(REPO_ROOT, 'dist', 'workbench', 'app.js');
const STATIC_FILES: Record<string, string> = {
  '/': path.join(WEB_ROOT, 'index.html'),
  '/app.js': PAGE_BUNDLE,
  '/style.css': path.join(WEB_ROOT, 'style.css'),
};
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const MAX_BODY_BYTES = 1024 * 1024;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new PageRequestError('The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new PageRequestError('The request body is not valid JSON.');
  }
}

async function serveStatic(pathname: string, response: ServerResponse): Promise<boolean> {
  const file = STATIC_FILES[pathname];
  if (!file) return false;
  if (file === PAGE_BUNDLE && !existsSync(file))
    throw new Error(`The page is not built: ${file} is missing. Run npm run build:page.`);
  const body = await readFile(file);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  response.end(body);
  return true;
}

async function route(
  api: PageApi,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://workbench');
  if (request.method === 'GET' && (await serveStatic(url.pathname, response))) return;
  if (request.method === 'GET' && url.pathname === '/api/world') {
    sendJson(response, 200, api.world(url.searchParams.get('user') ?? undefined));
  } else if (request.method === 'POST' && url.pathname === '/api/invoke') {
    sendJson(response, 200, api.invoke(parseInvokeRequest(await readJson(request))));
  } else if (request.method === 'POST' && url.pathname === '/api/drive/grant') {
    const body = (await readJson(request)) as Partial<Record<keyof GrantRequest, unknown>>;
    if (typeof body?.user !== 'string' || typeof body.fileId !== 'string') {
      throw new PageRequestError('user and fileId are required.');
    }
    sendJson(response, 200, api.grantFileScope(body.user, body.fileId));
  } else {
    sendJson(response, 404, { message: `Nothing at ${request.method} ${url.pathname}.` });
  }
}

export async function startWorkbenchServer(
  api: PageApi,
  port: number,
  host = '127.0.0.1',
): Promise<WorkbenchServer> {
  const server = createServer((request, response) => {
    route(api, request, response).catch((error: unknown) => {
      if (error instanceof PageRequestError) sendJson(response, 400, { message: error.message });
      else if (error instanceof PageNotFoundError)
        sendJson(response, 404, { message: error.message });
      // The add-on itself failed: show what Google's side panel would report.
      else if (error instanceof ExecutionError)
        sendJson(response, 500, { message: `${error.scriptErrorName}: ${error.message}` });
      else
        sendJson(response, 500, {
          message: error instanceof Error ? error.message : String(error),
        });
    });
  });
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as { port: number };
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
