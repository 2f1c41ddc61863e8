/**
 * A one-line progress bar for operator commands on a terminal, redrawn in place. On a pipe or
 * a file (cron, CI) it writes nothing, so logs get the command's summary and no control codes.
 */
const WIDTH = 30;

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the line, if a bar was drawn. */
  finish(): void;
}

export function progressBar(
  stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>,
  label: string,
): ProgressBar {
  let drawn = false;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      const share = total === 0 ? 1 : Math.min(done / total, 1);
      const filled = Math.round(share * WIDTH);
      const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
      stream.write(`\r${label} ${bar} ${Math.floor(share * 100)}% (${done}/${total})`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
