/**
 * The incident id comes from the issue alone (year of creation and number), so every run,
 * replica and redelivery derives the same id: `INC-{year}-{number:3}` gives INC-2024-001.
 */
export function incidentId(format: string, issue: { number: number; createdAt: string }): string {
  const year = String(new Date(issue.createdAt).getUTCFullYear());
  return format
    .replaceAll('{year}', year)
    .replace(/\{number(?::(\d))?\}/g, (_, width?: string) =>
      String(issue.number).padStart(Number(width ?? 0), '0'),
    );
}
