// Entry point of dist/cli.js.
import { main } from './main';
import { stderrLog } from './log';

// A reader that stops early (`news-lens annotate … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    stderrLog.error('failed', error);
    process.exitCode = 1;
  },
);
