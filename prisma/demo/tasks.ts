// The demo board: what the researcher made of the tasks that processing created from the evidence.
import type { DemoTask, TaskKey } from "./types";

export const DEMO_TASKS: Record<TaskKey, DemoTask> = {
  csvExport: {
    topic: "CSV export does not import into the accountant's software",
    title: "Make the CSV export import cleanly into accounting tools",
    description:
      "Accountants cannot import our CSV without editing it: dates are written month-first, VAT is one column with mixed rates, and the currency sits in a trailing column that imports ignore. Export ISO dates, one column per VAT rate, and the currency next to each amount.",
    type: "improvement",
    status: "in_progress",
    effort: "m",
  },
  bulkExport: {
    topic: "No bulk export of invoices per client and period",
    title: "Bulk export of invoices per client and period",
    description:
      "People who hand data to an accountant export client by client and download invoice PDFs one at a time. Offer one action: pick a client (or all) and a date range, get a zip with the PDFs and a ready-to-import CSV.",
    type: "feature",
    status: "ready",
    effort: "l",
  },
  failedPayments: {
    topic: "Failed card payments are not retried and payers are not told",
    title: "Retry failed card payments and ask the customer to update their card",
    description:
      "When a recurring payment fails nothing happens except an email to the merchant, who then writes to each customer by hand. Retry on a schedule and send the payer a reminder with a link to update the card; tell the merchant only about payments that stay failed.",
    type: "feature",
    status: "backlog",
    effort: "m",
  },
  mobilePromo: {
    topic: "Promo code field hidden on mobile checkout",
    title: "Promo code field is hidden on mobile checkout",
    description:
      "On small screens the promo code field is collapsed under 'Order summary' at the bottom of the page, so customers believe codes do not work. Show the field on mobile as on desktop.",
    type: "bug",
    status: "in_review",
    effort: "s",
  },
  multiCurrency: {
    topic: "A customer can only have one currency",
    title: "Invoice one customer in several currencies",
    description:
      "A customer record has exactly one currency, so teams duplicate customers per currency and add up reports by hand. Allow several currencies per customer with totals converted to the home currency.",
    type: "feature",
    status: "backlog",
    effort: "l",
  },
  taxSetup: {
    topic: "Tax settings are hard to get right when setting up",
    title: "Guided tax setup during onboarding",
    description:
      "New accounts guess their tax settings (rates, regions, reverse charge, exemptions) and send wrong invoices. Ask a few questions at sign-up — country, B2B or B2C, exempt activity — and configure tax from the answers.",
    type: "improvement",
    status: "done",
    effort: "s",
  },
  desktopApp: {
    topic: "Wants an offline desktop app",
    title: "Research: demand for an offline desktop app",
    description:
      "One participant asked for a desktop app to work offline. Closed: a single request, and the web app's drafts already work on a flaky connection.",
    type: "research",
    status: "wont_fix",
    effort: "xl",
  },
  switchingMoments: {
    topic: "Costly mistakes in the old manual process",
    title: "Research: the mistakes that make teams leave spreadsheets",
    description:
      "Every participant switched after a costly mistake in a hand-made process: wrong VAT formulas, duplicate invoices and receipt numbers, totals typed by hand, a checkout that failed on a busy day. Use these moments in onboarding and positioning: correctness is the job people hire us for.",
    type: "research",
    status: "done",
    effort: "s",
  },
  hiringCriteria: {
    topic: "Requirements when comparing billing software",
    title: "Research: what people require when they choose an invoicing tool",
    description:
      "The criteria participants used when they compared tools: card payments, correct VAT without formulas, exports their accountant can import, multi-currency with an audit trail, low cost, and simple enough for volunteers. Keep the comparison page and the onboarding checklist in line with them.",
    type: "research",
    status: "backlog",
    effort: "xs",
  },
};
