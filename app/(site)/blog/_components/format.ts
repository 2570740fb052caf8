/** "2025-03-18" -> "18 March 2025" (UTC, so the build machine's time zone never shifts the day). */
export function formatPostDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}
