// Where code that runs in both the CLI and the editor reports what it recovered from: the editor
// passes its "News Lens" output channel, the CLI standard error. Nothing is swallowed without a trace.

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** One line for an error of any kind: its message, or what it was thrown as. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The log of last resort, where no one passed one (a script, a bench): the console, in every runtime. */
export const consoleLog: Log = {
  info: message => console.info(`News Lens: ${message}`),
  warn: message => console.warn(`News Lens: ${message}`),
  error: (message, error) =>
    console.error(`News Lens: ${message}${error === undefined ? '' : `: ${errorMessage(error)}`}`),
};
