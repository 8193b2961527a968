// The CLI's log: standard error, one line each, so standard output stays the JSON answer.
import { errorMessage, type Log } from '../core/log';

export const stderrLog: Log = {
  info: message => process.stderr.write(`news-lens: ${message}\n`),
  warn: message => process.stderr.write(`news-lens: warning: ${message}\n`),
  error: (message, error) =>
    process.stderr.write(`news-lens: ${message}${error === undefined ? '' : `: ${errorMessage(error)}`}\n`),
};

/** Problems with the input, each one line on stderr as it comes; any of them makes the exit code 1. */
export class Problems {
  private count = 0;

  readonly report = (message: string): void => {
    this.count++;
    stderrLog.error(message);
  };

  get exitCode(): number {
    return this.count ? 1 : 0;
  }
}
