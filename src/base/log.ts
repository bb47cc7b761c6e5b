/** The logging every layer may use: pino's logger fits it, and tests pass a recorder. */
export interface Log {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}
