// Behaviour events in words: what the session page and the events API show for each event the SDK
// records (packages/sdk/src/dom.ts describeClick/describeInput), never a raw CSS selector; the
// selector stays available as the event's detail.
import { describe, expect, it } from "vitest";
import { describeEvent, eventDetail } from "./describe-event";

const page = "https://app.acme.example/invoices";

describe("describeEvent", () => {
  it("names a clicked element by its visible text, else by what it is — never by its selector", () => {
    expect(describeEvent("click", page, { selector: "main > button#export", tag: "button", text: "Export" })).toBe("Clicked “Export”");
    expect(describeEvent("click", page, { selector: "main > div.toolbar > button.icon:nth-of-type(3)", tag: "button" })).toBe(
      "Clicked a button",
    );
    expect(describeEvent("click", page, { selector: "form > input", tag: "input", inputType: "checkbox" })).toBe("Clicked a checkbox");
    expect(describeEvent("click", page, { selector: "form > input", tag: "input", inputType: "email" })).toBe("Clicked an email field");
    expect(describeEvent("click", page, { selector: "form > textarea", tag: "textarea" })).toBe("Clicked a text area");
    expect(describeEvent("click", page, { selector: "div.card > img" })).toBe("Clicked an image"); // older events without a tag
    expect(describeEvent("click", page, { selector: "div.grid > div.cell:nth-of-type(4)", tag: "div" })).toBe("Clicked an element");
    expect(describeEvent("click", page, {})).toBe("Clicked the page");
  });

  it("says where a link goes: the path on the same site, the host elsewhere", () => {
    expect(describeEvent("click", page, { selector: "nav > a:nth-of-type(2)", tag: "a", href: "https://app.acme.example/pricing" })).toBe(
      "Clicked a link to /pricing",
    );
    expect(describeEvent("click", page, { selector: "footer > a", tag: "a", href: "https://help.acme.example/vat" })).toBe(
      "Clicked a link to help.acme.example/vat",
    );
    expect(describeEvent("click", page, { selector: "footer > a", tag: "a" })).toBe("Clicked a link");
  });

  it("names an edited field by its name, else by its kind; values are never recorded", () => {
    expect(describeEvent("input_change", page, { selector: "form#billing > input", tag: "input", inputType: "email", name: "email" })).toBe(
      "Edited the “email” field",
    );
    expect(describeEvent("input_change", page, { selector: "form#billing > input", tag: "input", inputType: "email" })).toBe(
      "Edited an email field",
    );
    expect(describeEvent("input_change", page, { selector: "form > select", tag: "select" })).toBe("Changed a drop-down");
    expect(describeEvent("input_change", page, { selector: "div[contenteditable]", tag: "div" })).toBe("Edited a field");
  });

  it("reads pages by their title, and keeps the other kinds as before", () => {
    expect(describeEvent("navigation", page, { title: "Invoices" })).toBe("Opened “Invoices”");
    expect(describeEvent("navigation", page, {})).toBe(`Opened ${page}`);
    expect(describeEvent("scroll", page, { y: 412.6 })).toBe("Scrolled to 413 px");
    expect(describeEvent("error", page, { message: "Export failed" })).toBe("Error: Export failed");
    expect(describeEvent("custom", page, { name: "export_downloaded" })).toBe("export downloaded");
  });

  it("no label contains the selector it was made from", () => {
    const selectors = [
      "main > div.toolbar > button.icon:nth-of-type(3)",
      "form#billing > input",
      "nav > a:nth-of-type(2)",
      "div.card > img",
    ];
    for (const type of ["click", "input_change"])
      for (const selector of selectors) expect(describeEvent(type, page, { selector })).not.toContain(selector);
  });
});

describe("eventDetail", () => {
  it("keeps the selector (and a link's address) for clicks and edits, nothing for other kinds", () => {
    expect(eventDetail("click", { selector: "nav > a:nth-of-type(2)", href: "https://app.acme.example/pricing" })).toBe(
      "nav > a:nth-of-type(2)\nhttps://app.acme.example/pricing",
    );
    expect(eventDetail("input_change", { selector: "form#billing > input", name: "email" })).toBe("form#billing > input");
    expect(eventDetail("click", {})).toBeNull();
    expect(eventDetail("navigation", { selector: "x" })).toBeNull();
  });
});
