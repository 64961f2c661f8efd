export const postgresServerUrl: string;
export function databaseUrlFor(name: string): string;
export function throwawayName(port: string | number): string;
export function createDatabase(name: string): Promise<unknown>;
export function dropDatabase(name: string): Promise<unknown>;
export function dropLeftovers(port: string | number): Promise<unknown>;
