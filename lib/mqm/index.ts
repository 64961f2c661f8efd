export * from "./typology";
export * from "./score";
export * from "./wmt-tsv";
