export * from "./keystrokes";
export * from "./visit";
export * from "./figures";
export * from "./views";
export * from "./csv";
export * from "./visit-body";
export * from "./engines";
