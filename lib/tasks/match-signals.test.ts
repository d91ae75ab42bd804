// Task matching with realistic evidence from invoicing-software interviews.
import { describe, expect, it } from "vitest";
import { contentWords, planTaskMatches, similarity, type SignalForMatching, taskTypeFor } from "./match-signals";

let n = 0;
const signal = (type: SignalForMatching["type"], topic: string, quote: string, intensity = 0.6, analysis = ""): SignalForMatching => ({
  id: `s${++n}`,
  type,
  topic,
  quote,
  analysis,
  intensity,
});

describe("contentWords / similarity", () => {
  it("ignores stopwords, case and inflection", () => {
    expect(contentWords("Exporting the invoices to Xero")).toEqual(new Set(["export", "invoic", "xero"]));
    expect(
      similarity(contentWords("Exporting invoices to accounting software"), contentWords("Invoice export to accounting")),
    ).toBeGreaterThanOrEqual(0.5);
    expect(similarity(contentWords("Exporting invoices to accounting software"), contentWords("Onboarding new team members"))).toBe(0);
  });
});

describe("planTaskMatches", () => {
  const openTasks = [
    { id: "t-export", title: "Make invoice export to accounting software reliable", topics: ["Exporting invoices to accounting software"] },
    { id: "t-reminders", title: "Automatic payment reminders", topics: ["Chasing late payments manually"] },
  ];

  it("links signals to the open task about the same problem", () => {
    const s1 = signal(
      "struggling_moment",
      "Invoice export to accounting software",
      "Every month the export to Xero breaks and I redo it by hand",
    );
    const s2 = signal("workaround", "Chasing late payments manually", "I keep a spreadsheet of who hasn't paid and email them myself");
    const plan = planTaskMatches([s1, s2], openTasks);
    expect(plan.links).toEqual([
      { taskId: "t-export", signalId: s1.id },
      { taskId: "t-reminders", signalId: s2.id },
    ]);
    expect(plan.newTasks).toEqual([]);
  });

  it("groups near-duplicate new problems into one new task and keeps distinct ones apart", () => {
    const a = signal(
      "struggling_moment",
      "Adding VAT to international invoices",
      "I never know which VAT rate to put on invoices for clients abroad",
      0.9,
    );
    const b = signal(
      "desired_outcome",
      "Correct VAT on international invoices",
      "I just want the VAT on international invoices to be right without thinking",
      0.5,
    );
    const c = signal(
      "hiring_criteria",
      "Mobile app for invoicing on the go",
      "I picked it because I could send an invoice from my phone",
      0.4,
    );
    const plan = planTaskMatches([a, b, c], openTasks);
    expect(plan.links).toEqual([]);
    expect(plan.newTasks).toHaveLength(2);
    const vat = plan.newTasks.find((t) => t.signalIds.includes(a.id))!;
    expect(vat.signalIds.sort()).toEqual([a.id, b.id].sort());
    expect(vat.title).toBe("Adding VAT to international invoices"); // the most intense signal names the task
    expect(plan.newTasks.find((t) => t.signalIds.includes(c.id))!.type).toBe("research");
  });

  it("is deterministic: the same evidence gives the same plan", () => {
    const signals = [
      signal("struggling_moment", "Invoice PDF layout breaks with long item names", "the PDF cuts off long item names", 0.7),
      signal("emotional_response", "Invoice PDF layout breaks with long names", "honestly it's embarrassing sending that PDF", 0.8),
    ];
    expect(planTaskMatches(signals, [])).toEqual(planTaskMatches(signals, []));
    expect(planTaskMatches(signals, [])).toMatchObject({ newTasks: [{ signalIds: [signals[1].id, signals[0].id] }] });
  });
});

describe("taskTypeFor", () => {
  it("derives the task type from the evidence", () => {
    expect(taskTypeFor([signal("struggling_moment", "x", "the export failed again and I lost an hour")])).toBe("bug");
    expect(
      taskTypeFor([signal("desired_outcome", "x", "I want recurring invoices"), signal("desired_outcome", "x", "send them monthly")]),
    ).toBe("feature");
    expect(taskTypeFor([signal("hiring_criteria", "x", "price mattered most")])).toBe("research");
    expect(taskTypeFor([signal("workaround", "x", "I copy it into a spreadsheet")])).toBe("improvement");
  });
});
