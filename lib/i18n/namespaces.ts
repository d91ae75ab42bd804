// The message catalogues of the participant pages (issue #17): one JSON file per namespace and
// locale under messages/<locale>/<namespace>.json. A namespace is a part of the UI that one team
// owns (the pages' text, the voice interview's controls); loadMessages merges them into one object.
export const NAMESPACES = ["participant", "voice"] as const;
export type Namespace = (typeof NAMESPACES)[number];
