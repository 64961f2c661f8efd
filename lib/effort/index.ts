// The effort pages load this index (the workspace imports keystrokes.ts and visit.ts alone): visit-body.ts, the API body schema with zod, is
// imported from its own file by the server.
export * from "./keystrokes";
export * from "./visit";
export * from "./figures";
export * from "./views";
export * from "./csv";
export * from "./engines";
