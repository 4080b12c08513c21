/** Plain console lines for the operator running a script (not the app logger: these are instructions). */
export function say(message: string): void {
  process.stdout.write(`[dsr] ${message}\n`);
}

export function fail(message: string): never {
  process.stderr.write(`[dsr] error: ${message}\n`);
  process.exit(1);
}
