export * from "./term";
export * from "./csv";
export * from "./tbx";
