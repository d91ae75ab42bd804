// A behaviour event as a person reads it ("Clicked “Export”"); pure, shared by the page and the events API.

export function describeEvent(type: string, url: string | null, data: unknown): string {
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const target = typeof d.text === "string" && d.text ? `“${d.text}”` : typeof d.selector === "string" ? d.selector : "the page";
  switch (type) {
    case "click":
      return `Clicked ${target}`;
    case "navigation":
      return `Opened ${url ?? (typeof d.to === "string" ? d.to : "a page")}`;
    case "input_change":
      return `Edited ${target}`;
    case "scroll":
      return typeof d.y === "number" ? `Scrolled to ${Math.round(d.y)} px` : "Scrolled";
    case "error":
      return `Error: ${String(d.message ?? "unknown error").slice(0, 160)}`;
    case "marker":
      return `Marker ${String(d.name ?? "")}`.trim();
    default:
      return typeof d.name === "string" ? d.name.replaceAll("_", " ") : "Custom event";
  }
}
