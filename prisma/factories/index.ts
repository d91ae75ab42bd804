// All factories, for callers that want one import.
export * from "./identity";
export * from "./research";
