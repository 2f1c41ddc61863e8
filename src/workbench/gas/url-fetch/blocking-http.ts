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
/** Slots of the shared signal: the worker sets WAKE when it answers, DEAD when it exits. */
const WAKE = 0;
const DEAD = 1;
export const WORKER_EXITED = 'HTTP_WORKER_EXITED';

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
  private worker!: Worker;
  private port!: MessagePort;
  private signal!: Int32Array;
  private lastId = 0;

  /** workerFile lets tests substitute a worker that misbehaves. */
  constructor(private readonly workerFile = WORKER_FILE) {
    this.start();
  }

  private start(): void {
    const signal = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(this.workerFile, {
      workerData: { port: port2, signal: signal.buffer },
      transferList: [port2],
    });
    // A dying worker must not take this process down: its 'error' is answered by marking it
    // dead (the worker also does so itself while this thread sleeps), and send() replaces it.
    worker.on('error', () => Atomics.store(signal, DEAD, 1));
    worker.on('exit', () => Atomics.store(signal, DEAD, 1));
    // A forgotten close() must not keep the process alive.
    worker.unref();
    this.worker = worker;
    this.port = port1;
    this.signal = signal;
  }

  /**
   * Sends the requests in parallel; answers come back in order, or undefined on timeout. If
   * the worker dies meanwhile, every request fails with WORKER_EXITED and the next call
   * starts a new worker.
   */
  send(requests: HttpRequest[], timeoutMs: number): HttpOutcome[] | undefined {
    if (Atomics.load(this.signal, DEAD)) {
      this.port.close();
      this.start();
    }
    const id = ++this.lastId;
    Atomics.store(this.signal, WAKE, 0);
    this.port.postMessage({ id, requests, timeoutMs: timeoutMs + WORKER_GRACE_MS });
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const received = receiveMessageOnPort(this.port)?.message as Answer | undefined;
      if (received?.id === id) return received.results;
      // Anything else is the late answer to a request that already timed out.
      if (received) continue;
      if (Atomics.load(this.signal, DEAD)) {
        const message = 'The workbench HTTP worker stopped before answering';
        return requests.map(() => ({ error: { code: WORKER_EXITED, message } }));
      }
      const remaining = deadline - performance.now();
      if (remaining <= 0) return undefined;
      Atomics.wait(this.signal, WAKE, 0, remaining);
      Atomics.store(this.signal, WAKE, 0);
    }
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
