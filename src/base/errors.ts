/**
 * An expected failure caused by what the user asked (an empty query, an unknown author). Commands
 * throw it or return an error reply; adapters show its message, never a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A problem with configuration or input files that stops the program, naming what is wrong. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
