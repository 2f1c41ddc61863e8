/**
 * Synchronous HTTP for the script's thread. A persistent worker performs the requests while
 * this thread sleeps in Atomics.wait, so the script sees UrlFetchApp.fetch return a value,
 * as in Apps Script.
 *
 * Because this thread is blocked while it waits, the server it talks to must run in another
 * thread or process: a server in this thread could never answer.
 */
import path from 'node:path';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';

const WORKER_FILE = path.join(__dirname, 'http-worker.cjs');
/** The worker gives up a little after this thread does, so the deadline has a single judge. */
const WORKER_GRACE_MS = 1_000;

export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  followRedirects: boolean;
  validateHttpsCertificates: boolean;
}

export type HttpOutcome =
  | { status: number; headers: [string, string][]; body: Uint8Array; error?: undefined }
  | { error: { code: string; message: string } };

interface Answer {
  id: number;
  results: HttpOutcome[];
}

export class BlockingHttpClient {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private lastId = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(WORKER_FILE, {
      workerData: { port: port2, signal: this.signal.buffer },
      transferList: [port2],
    });
    // A forgotten close() must not keep the process alive.
    this.worker.unref();
    this.port = port1;
  }

  /** Sends the requests in parallel; answers come back in order, or undefined on timeout. */
  send(requests: HttpRequest[], timeoutMs: number): HttpOutcome[] | undefined {
    const id = ++this.lastId;
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage({ id, requests, timeoutMs: timeoutMs + WORKER_GRACE_MS });
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const received = receiveMessageOnPort(this.port)?.message as Answer | undefined;
      if (received?.id === id) return received.results;
      // Anything else is the late answer to a request that already timed out.
      if (received) continue;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return undefined;
      Atomics.wait(this.signal, 0, 0, remaining);
      Atomics.store(this.signal, 0, 0);
    }
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
