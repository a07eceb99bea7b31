// Playwright journeys arrive with the SPA (issue 4); page objects will live beside them here.
export const journeys: readonly string[] = [];
