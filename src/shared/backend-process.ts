/**
 * What a backend started as a child process tells its parent over the IPC channel: the
 * workbench and the tests start it on port 0 and learn the port the system gave.
 */
export interface ListeningMessage {
  listening: { port: number };
}
