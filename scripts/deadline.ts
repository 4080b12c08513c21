/**
 * Prints the legal response deadline of a data-subject request as one JSON object.
 *   npm run --silent deadline -- --jurisdiction FR --received 2025-06-13T10:00:00+02:00 [--extended] [--pause FROM/TO]... [--lang fr|en]
 *   npm run --silent deadline -- --resident DE --controller FR --received 2025-09-03
 *   npm run --silent deadline -- --jurisdiction US-VA --type opt_out_sale --received 2026-01-20
 * --jurisdiction J: the country whose law and calendar apply. --controller C: the controller's
 * establishment when it differs (its time zone, and its holidays where the regime says so).
 * --resident R: where the requester lives (picks the regime; must agree with J's regime when both given).
 * Exit code 2 (one line on stderr) for bad arguments.
 */
import { parseArgs } from "node:util";
import {
  computeDeadline,
  DeadlineInputError,
  isValidTimeZone,
  listJurisdictions,
  parseInstantOrLocalDate,
  type PauseInput,
} from "@/lib/domain/deadline";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";

class UsageError extends Error {}

const USAGE =
  "usage: deadline (--jurisdiction CODE | --resident CODE) [--controller CODE] --received ISO|YYYY-MM-DD [--extended] [--pause FROM/TO]... [--lang en|fr] [--as-of ISO|YYYY-MM-DD] [--time-zone ZONE] [--type REQUEST_TYPE]";

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        jurisdiction: { type: "string" },
        controller: { type: "string" },
        resident: { type: "string" },
        received: { type: "string" },
        extended: { type: "boolean", default: false },
        pause: { type: "string", multiple: true, default: [] },
        lang: { type: "string", default: "en" },
        "as-of": { type: "string" },
        "time-zone": { type: "string" },
        type: { type: "string" },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
}

function instantArg(name: string, text: string, timeZone: string): Date {
  const instant = parseInstantOrLocalDate(text, timeZone);
  if (!instant)
    throw new UsageError(`--${name}: not an ISO instant with offset/Z or a YYYY-MM-DD date: ${JSON.stringify(text)}`);
  return instant;
}

function pauseArg(text: string, timeZone: string): PauseInput {
  const parts = text.split("/");
  if (parts.length !== 2 || !parts[0]) throw new UsageError(`--pause: expected FROM/TO, got ${JSON.stringify(text)}`);
  const from = instantArg("pause", parts[0], timeZone);
  // An empty TO ("FROM/") means the clock is still stopped.
  const to = parts[1] ? instantArg("pause", parts[1], timeZone) : null;
  if (to && to.getTime() < from.getTime())
    throw new UsageError(`--pause: TO is before FROM in ${JSON.stringify(text)}`);
  return { from, to };
}

function jurisdictionArg(flag: string, text: string) {
  const code = text.trim().toUpperCase();
  const jurisdiction = listJurisdictions().find((j) => j.code === code);
  if (!jurisdiction) {
    throw new UsageError(
      `unknown ${flag === "jurisdiction" ? "jurisdiction" : `--${flag}`} ${JSON.stringify(text)} (supported: ${listJurisdictions()
        .map((j) => j.code)
        .join(", ")})`,
    );
  }
  return jurisdiction;
}

function run(argv: string[]): string {
  const args = parseCommandLine(argv);
  if (!args.jurisdiction && !args.resident) throw new UsageError(`--jurisdiction is required. ${USAGE}`);
  if (!args.received) throw new UsageError(`--received is required. ${USAGE}`);
  if (args.lang !== "en" && args.lang !== "fr")
    throw new UsageError(`--lang must be en or fr, got ${JSON.stringify(args.lang)}`);
  const law = args.jurisdiction ? jurisdictionArg("jurisdiction", args.jurisdiction) : undefined;
  const resident = args.resident ? jurisdictionArg("resident", args.resident) : law!;
  if (law && resident.regime !== law.regime) {
    throw new UsageError(
      `--resident ${resident.code} is protected by ${resident.regime}, but --jurisdiction ${law.code} applies ${law.regime}`,
    );
  }
  const controller = args.controller ? jurisdictionArg("controller", args.controller) : (law ?? resident);
  const timeZone = args["time-zone"] ?? controller.timeZone;
  // --type: the request type, where it changes the period (an opt-out: 15 California business days under the CCPA).
  if (args.type !== undefined && !(REQUEST_TYPES as readonly string[]).includes(args.type))
    throw new UsageError(`--type must be one of ${REQUEST_TYPES.join(", ")}, got ${JSON.stringify(args.type)}`);
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--time-zone: unknown time zone ${JSON.stringify(timeZone)}`);

  const result = computeDeadline({
    // Without --resident, J is both the law and (without --controller) the calendar, as before.
    jurisdiction: resident.code,
    controller: controller.code,
    receivedAt: instantArg("received", args.received, timeZone),
    extended: args.extended,
    pauses: args.pause.map((text) => pauseArg(text, timeZone)),
    asOf: args["as-of"] ? instantArg("as-of", args["as-of"], timeZone) : undefined,
    timeZone: args["time-zone"],
    requestType: args.type,
  });
  return JSON.stringify({ ...result, explanation: result.explanation[args.lang] }, null, 2);
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

/** Where the CLI writes: the process streams, or a test's buffers. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The whole command: prints the deadline (stdout) or one line (stderr) and returns the exit code:
 * 0, 2 for bad arguments or input the deadline engine refuses, 1 for anything else.
 */
export function main(argv: string[], out: CliOutput): number {
  try {
    out.stdout(`${run(argv)}\n`);
    return 0;
  } catch (error) {
    const isUsage = error instanceof UsageError || error instanceof DeadlineInputError;
    out.stderr(`deadline: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return isUsage ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
