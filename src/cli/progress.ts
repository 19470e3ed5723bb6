/**
 * Progress of long work on standard error: one line redrawn in place on a terminal (at most ten times a second),
 * plain lines every few seconds otherwise (logs, CI), and always a last line.
 */
export interface ProgressLine {
  update(text: string): void;
  /** Prints the final state on its own line. */
  done(text: string): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): ProgressLine {
  const tty = stream.isTTY === true;
  const every = tty ? 100 : 5000;
  let last = tty ? 0 : now();
  let width = 0;
  return {
    update(text) {
      const t = now();
      if (t - last < every) return;
      last = t;
      if (tty) {
        const line = text.slice(0, Math.max(20, (stream.columns ?? 100) - 1));
        stream.write(`\r${line}${' '.repeat(Math.max(0, width - line.length))}`);
        width = line.length;
      } else {
        stream.write(`${text}\n`);
      }
    },
    done(text) {
      if (tty && width > 0) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
      stream.write(`${text}\n`);
    },
  };
}
