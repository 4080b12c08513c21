/**
 * Calendar arithmetic on local dates written as "YYYY-MM-DD".
 * All arithmetic goes through a UTC day number so that no local time zone, DST change
 * or JS Date month overflow (31 Jan + 1 month = 3 Mar) can leak into the legal computation.
 */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

export function parseLocalDate(value: LocalDate): DateParts {
  if (!isValidLocalDate(value)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${value}`);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// setUTCFullYear instead of Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function toDayNumber(value: LocalDate): number {
  const { year, month, day } = parseLocalDate(value);
  return Math.round(utcMidnight(year, month, day) / MS_PER_DAY);
}

function fromDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return formatLocalDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function addDays(value: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(value) + days);
}

/** Calendar days from `fromDate` to `toDate` (negative when `toDate` is earlier). */
export function daysBetween(fromDate: LocalDate, toDate: LocalDate): number {
  return toDayNumber(toDate) - toDayNumber(fromDate);
}

/**
 * Same day `months` later; when that day does not exist, the last day of that month
 * (Regulation 1182/71 art. 3(2)(c)). `clamped` tells whether the last-day rule applied.
 */
export function addMonthsClamped(value: LocalDate, months: number): { date: LocalDate; clamped: boolean } {
  const { year, month, day } = parseLocalDate(value);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return {
    date: formatLocalDate({ year: targetYear, month: targetMonth, day: Math.min(day, lastDay) }),
    clamped: day > lastDay,
  };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(value: LocalDate): number {
  return new Date(toDayNumber(value) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(value: LocalDate): boolean {
  const weekday = dayOfWeek(value);
  return weekday === 0 || weekday === 6;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateFormatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
  const parts = dateFormatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return formatLocalDate({ year: part("year"), month: part("month"), day: part("day") });
}

/** An instant that falls on `value` in `timeZone` (around local midday), for callers that only know a date. */
export function instantOnLocalDate(value: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(value);
  let instant = utcMidnight(year, month, day) + MS_PER_DAY / 2;
  // UTC noon is within ±14 h of every zone, so at most one day of correction is needed.
  instant += daysBetween(localDateOf(new Date(instant), timeZone), value) * MS_PER_DAY;
  return new Date(instant);
}

/** The first instant of `value` in `timeZone` (local midnight; a zone's offset is found at that instant). */
export function startOfLocalDay(value: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(value);
  const midnightAsUtc = utcMidnight(year, month, day);
  let instant = midnightAsUtc;
  // Two passes: the offset at the guessed instant may differ from the offset at local midnight (DST days).
  for (let i = 0; i < 2; i++) instant = midnightAsUtc - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/**
 * The instant a wall-clock time ("YYYY-MM-DDTHH:mm[:ss]", as a datetime-local field gives it) stands for in
 * `timeZone`. As Temporal's "compatible" choice: a time skipped by a clock change is read with the offset before
 * it (02:30 on a spring-forward night is 03:30), and a time that happens twice is its first occurrence. Null when
 * the text is not such a time.
 */
export function instantOfWallTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (!match || !isValidLocalDate(match[1]!)) return null;
  const { year, month, day } = parseLocalDate(match[1]!);
  const asUtc =
    utcMidnight(year, month, day) + ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
  // A zone changes its offset at most once in a day: the offsets a day either side are the two candidates.
  const candidates = [-MS_PER_DAY, MS_PER_DAY].map((d) => asUtc - offsetMs(new Date(asUtc + d), timeZone));
  const real = candidates.filter((t) => offsetMs(new Date(t), timeZone) === asUtc - t);
  return new Date(real.length > 0 ? Math.min(...real) : candidates[0]!);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** `timeZone`'s offset from UTC at `instant`, in milliseconds (Paris in winter: +3,600,000). */
export function offsetMs(instant: Date, timeZone: string): number {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    timeFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}
