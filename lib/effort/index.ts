export * from "./keystrokes";
export * from "./visit";
export * from "./figures";
