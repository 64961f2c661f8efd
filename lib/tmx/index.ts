export * from "./types";
export { writeTmx, tmxDate } from "./write";
export { readTmx, tmxProblems, maxTmxUnits, type TmxReadResult } from "./read";
export { validateTmx } from "./validate";
