// Entry point of dist/cli.js.
import { main } from './main';
import { stderrLog } from './log';

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    stderrLog.error('failed', error);
    process.exitCode = 1;
  },
);
