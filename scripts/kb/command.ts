/** Where a command writes: stdout for results, stderr for errors and progress. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal (and NO_COLOR is not set): matches may be shown in bold. */
  styled: boolean;
}

export interface Command {
  name: string;
  /** One line for `kb --help`. */
  summary: string;
  /** The full `kb <name> --help` text. */
  help: string;
  /** Returns the exit code. */
  run(argv: readonly string[], output: Output): Promise<number> | number;
}
