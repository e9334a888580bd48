/** Calendar helpers shared by the readers of dates (header, references, timelines). */

/** The last day of a month (1–12) of a year. */
export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" when day, month and year make a calendar date, else null ("31/02/2024"). */
export function isoDay(year: number, month: number, day: number): string | null {
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}
