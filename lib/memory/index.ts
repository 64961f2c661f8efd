export * from "./normalize";
export * from "./match";
export * from "./substitutions";
export * from "./views";
