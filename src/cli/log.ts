// The CLI's log: standard error, one line each, so standard output stays the JSON answer.
import { errorMessage, type Log } from '../core/log';

export const stderrLog: Log = {
  info: message => process.stderr.write(`news-lens: ${message}\n`),
  warn: message => process.stderr.write(`news-lens: warning: ${message}\n`),
  error: (message, error) => process.stderr.write(`news-lens: ${message}${error === undefined ? '' : `: ${errorMessage(error)}`}\n`),
};
