/** A problem the user must fix in their config or command line: one line, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    problem: string,
  ) {
    super(`${file}: ${keyPath ? `${keyPath}: ` : ''}${problem}`);
  }
}
