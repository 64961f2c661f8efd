// Accounts the browser and API tests sign in with; created on the throwaway test database only.
export const testUsers = {
  admin: { email: "admin@test.redline", password: "admin-password-1", role: "ADMIN", name: "Ada Admin" },
  reviewer: { email: "reviewer@test.redline", password: "reviewer-password-1", role: "REVIEWER", name: "Rita Reviewer" },
  editor: { email: "editor@test.redline", password: "editor-password-1", role: "EDITOR", name: "Eddie Editor" },
  editor2: { email: "editor2@test.redline", password: "editor2-password-1", role: "EDITOR", name: "Erin Editor" },
  viewer: { email: "viewer@test.redline", password: "viewer-password-1", role: "VIEWER", name: "Vic Viewer" },
} as const;

export type TestUser = keyof typeof testUsers;

export const testPort = Number(process.env.TEST_PORT ?? 3210);
export const testBaseUrl = `http://localhost:${testPort}`;
export const storageStatePath = (user: TestUser) => `data/test-${testPort}/auth/${user}.json`;
