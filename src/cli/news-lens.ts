// Entry point of dist/cli.js.
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
