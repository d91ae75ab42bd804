// A behaviour event as a person reads it ("Clicked “Export”", "Edited the “email” field"); pure,
// shared by the session page and the events API. The SDK sends a CSS-like selector for every
// element, which means little to a researcher: the label is made from the element's visible text,
// its kind (tag, input type), a link's destination or a field's name, and the raw selector is kept
// as the event's `detail`, shown on demand (hover / focus) for whoever needs to find the element.

type EventData = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** What an element is, in words, by its tag (and input type). */
const TAG_NOUNS: Record<string, string> = {
  a: "a link",
  button: "a button",
  select: "a drop-down",
  option: "an option",
  textarea: "a text area",
  label: "a label",
  summary: "a disclosure",
  img: "an image",
  svg: "an icon",
  video: "a video",
  li: "a list item",
  td: "a table cell",
  tr: "a table row",
};

const INPUT_NOUNS: Record<string, string> = {
  checkbox: "a checkbox",
  radio: "a radio button",
  submit: "a button",
  button: "a button",
  reset: "a button",
  file: "a file picker",
  range: "a slider",
  date: "a date field",
  search: "a search box",
};

function inputNoun(inputType: string | undefined): string {
  if (inputType && INPUT_NOUNS[inputType]) return INPUT_NOUNS[inputType];
  if (!inputType || inputType === "text") return "a text field";
  return `${/^[aeiou]/.test(inputType) ? "an" : "a"} ${inputType} field`;
}

/** The element's tag from the event, or the last part of its selector ("main > button.x" → "button"). */
function tagOf(d: EventData): string | undefined {
  const tag =
    str(d.tag) ??
    str(d.selector)
      ?.split(">")
      .pop()
      ?.trim()
      .match(/^[a-z][a-z0-9-]*/i)?.[0];
  return tag?.toLowerCase();
}

function noun(d: EventData): string {
  const tag = tagOf(d);
  if (!tag) return "the page";
  if (tag === "input") return inputNoun(str(d.inputType));
  return TAG_NOUNS[tag] ?? "an element";
}

/** A link's destination, short: the path on the page's own site, host and path elsewhere. */
function destination(href: string, pageUrl: string | null): string {
  try {
    const to = new URL(href, pageUrl ?? undefined);
    const from = pageUrl ? new URL(pageUrl) : null;
    return from && from.host === to.host ? to.pathname : `${to.host}${to.pathname === "/" ? "" : to.pathname}`;
  } catch {
    return href;
  }
}

function describeClick(url: string | null, d: EventData): string {
  const text = str(d.text);
  if (text) return `Clicked “${text}”`;
  const href = str(d.href);
  if (tagOf(d) === "a" && href) return `Clicked a link to ${destination(href, url)}`;
  return `Clicked ${noun(d)}`;
}

function describeEdit(d: EventData): string {
  const name = str(d.name);
  if (name) return `Edited the “${name}” field`;
  const tag = tagOf(d);
  if (tag === "select") return "Changed a drop-down";
  if (tag === "textarea") return "Edited a text area";
  if (tag === "input") return `Edited ${inputNoun(str(d.inputType))}`;
  return "Edited a field";
}

export function describeEvent(type: string, url: string | null, data: unknown): string {
  const d = (data && typeof data === "object" ? data : {}) as EventData;
  switch (type) {
    case "click":
      return describeClick(url, d);
    case "navigation": {
      const title = str(d.title);
      return title ? `Opened “${title}”` : `Opened ${url ?? str(d.to) ?? "a page"}`;
    }
    case "input_change":
      return describeEdit(d);
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

/**
 * The raw facts behind the label, for whoever needs them (the session page shows them on hover):
 * the element's selector and a link's full address. Null when there is nothing more to say.
 */
export function eventDetail(type: string, data: unknown): string | null {
  if (type !== "click" && type !== "input_change") return null;
  const d = (data && typeof data === "object" ? data : {}) as EventData;
  const parts = [str(d.selector), type === "click" ? str(d.href) : undefined].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join("\n") : null;
}
