import { progressBar } from '../../../src/backend/progress-bar';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) > 0 };
}

describe('progressBar', () => {
  it('redraws one line on a terminal and ends it when finished', () => {
    const tty = stream(true);
    const bar = progressBar(tty, 'Sweeping');
    bar.update(0, 4);
    bar.update(1, 4);
    bar.update(4, 4);
    bar.finish();
    expect(tty.written).toHaveLength(4);
    expect(tty.written[1]).toMatch(/^\rSweeping █{8}░{22} 25% \(1\/4\)$/);
    expect(tty.written[2]).toContain('100% (4/4)');
    expect(tty.written[3]).toBe('\n');
  });

  it('shows an empty job as done', () => {
    const tty = stream(true);
    progressBar(tty, 'Sweeping').update(0, 0);
    expect(tty.written[0]).toContain('100% (0/0)');
  });

  it('writes nothing to a pipe or a file', () => {
    const pipe = stream(false);
    const bar = progressBar(pipe, 'Sweeping');
    bar.update(1, 2);
    bar.finish();
    expect(pipe.written).toEqual([]);
  });
});
