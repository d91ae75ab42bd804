import { describe, expect, it } from "vitest";
import { cleanUrl, cutText, describeClick, describeInput, type El, isBlocked, labelOf, mask, selectorPath } from "./dom";

// A minimal element tree, enough for the logic (no DOM in node)
function el(tagName: string, attrs: Record<string, string> = {}, children: El[] = [], text = ""): El {
  const node: El & { children: El[] } = {
    tagName: tagName.toUpperCase(),
    id: attrs.id ?? "",
    className: attrs.class ?? "",
    parentElement: null,
    previousElementSibling: null,
    nextElementSibling: null,
    children,
    getAttribute: (n) => (n in attrs ? attrs[n] : null),
    hasAttribute: (n) => n in attrs,
    isContentEditable: attrs.contenteditable === "true",
    get textContent() {
      return text + children.map((c) => c.textContent).join("");
    },
  };
  children.forEach((c, i) => {
    c.parentElement = node;
    c.previousElementSibling = children[i - 1] ?? null;
    c.nextElementSibling = children[i + 1] ?? null;
  });
  return node;
}

describe("selectorPath", () => {
  it("walks up to the body with tags, stable classes and nth-of-type", () => {
    const buy = el("button", { class: "btn primary css-1x2y3z" }, [], "Buy");
    const other = el("button", {}, [], "Cancel");
    const body = el("body", {}, [el("main", {}, [el("div", { class: "actions" }, [other, buy])])]);
    expect(body).toBeTruthy();
    expect(selectorPath(buy)).toBe("main > div.actions > button.btn.primary:nth-of-type(2)");
  });

  it("stops at an element with a stable id, skips generated ids", () => {
    const input = el("input", { name: "email" });
    el("body", {}, [el("form", { id: "signup" }, [el("div", { id: "r123456" }, [input])])]);
    expect(selectorPath(input)).toBe("form#signup > div > input");
  });
});

describe("privacy", () => {
  it("never takes text from fields or from inside them", () => {
    const field = el("textarea", {}, [], "typed secret");
    const editable = el("div", { contenteditable: "true" }, [], "draft");
    expect(labelOf(field)).toBeUndefined();
    expect(labelOf(editable)).toBeUndefined();
    expect(describeClick(field, "https://x.test/")).toEqual({ selector: "textarea", tag: "textarea" });
  });

  it("masks text inside data-ut-mask, keeping its shape", () => {
    const link = el("a", { href: "/accounts/4242?token=abc" }, [], "Account 4242 4242");
    el("body", {}, [el("section", { "data-ut-mask": "" }, [link])]);
    expect(mask("Ada L.")).toBe("*** **");
    expect(describeClick(link, "https://bank.test/home")).toMatchObject({
      text: "******* **** ****",
      href: "*".repeat("https://bank.test/accounts/4242".length),
    });
  });

  it("skips everything inside data-ut-block", () => {
    const button = el("button", {}, [], "Pay");
    const input = el("input", { name: "card" });
    el("body", {}, [el("div", { "data-ut-block": "" }, [el("span", {}, [button]), input])]);
    expect(isBlocked(button)).toBe(true);
    expect(describeClick(button, "https://x.test/")).toBeNull();
    expect(describeInput(input)).toBeNull();
  });

  it("describes a changed field without its value", () => {
    const input = el("input", { type: "Email", name: "email" });
    el("body", {}, [el("form", { id: "signup" }, [input])]);
    expect(describeInput(input)).toEqual({ selector: "form#signup > input", tag: "input", inputType: "email", name: "email" });
  });

  it("reports the link or button around the clicked element, with its label", () => {
    const icon = el("svg");
    const button = el("button", { "aria-label": "Close dialog" }, [icon]);
    el("body", {}, [button]);
    expect(describeClick(icon, "https://x.test/")).toEqual({ selector: "button", tag: "button", text: "Close dialog" });
  });

  it("keeps origin and path of URLs only", () => {
    expect(cleanUrl("https://shop.test/checkout?email=a@b.c#step-2")).toBe("https://shop.test/checkout");
    expect(cleanUrl("/cart?x=1", "https://shop.test/a/b")).toBe("https://shop.test/cart");
    expect(cleanUrl("javascript:alert(1)")).toBe("javascript:");
    expect(cleanUrl("")).toBeUndefined();
  });
});

describe("cutting labels by code points", () => {
  // 79 letters then emoji: slice(0, 80) ended in the emoji's first UTF-16 unit, a lone surrogate
  const long = "a".repeat(79) + "😀😀 more";

  it("never leaves half of a surrogate pair", () => {
    expect(long.slice(0, 80).isWellFormed()).toBe(false);
    expect(cutText(long, 80)).toBe("a".repeat(79) + "😀");
    expect(cutText(long, 80).isWellFormed()).toBe(true);
    expect(cutText("short", 80)).toBe("short");
    expect(cutText("👩‍💻x", 2)).toBe("👩\u200D");
  });

  it("labels and field names are cut to 80 code points, whole emoji kept", () => {
    const button = el("button", {}, [], long);
    el("body", {}, [button]);
    expect(labelOf(button)).toBe("a".repeat(79) + "😀");
    const input = el("input", { name: "x".repeat(79) + "😀😀" });
    el("body", {}, [el("form", {}, [input])]);
    expect(describeInput(input)?.name).toBe("x".repeat(79) + "😀");
  });
});
