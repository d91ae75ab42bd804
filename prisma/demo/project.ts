// The demo project, its people, its screener and the respondents the screener turned away.
import type { z } from "zod";
import type { createScreenerSchema } from "@/lib/screeners/schemas";
import { CAMPAIGN } from "./interviews";
import type { DemoRespondent, ScreenerAnswers } from "./types";

export const DEMO = {
  ownerId: "demo-user",
  ownerEmail: "demo@usertests.dev",
  viewerId: "demo-viewer",
  viewerEmail: "viewer@usertests.dev",
  projectId: "demo-project",
  /** Fixed so docs and the SDK example page can show it. Same shape as a generated key: ut_pub_ + 43 base64url characters. */
  publicKey: `ut_pub_demo_${"0".repeat(38)}`,
  origin: "http://localhost:3000",
} as const;

export const DEMO_PROJECT = {
  name: "Acme Checkout",
  description: "Checkout and invoicing for small businesses. Research on month-end exports, failed payments and onboarding.",
  /** the project was created this long before the seed runs; the research spans the last six weeks */
  createdDaysAgo: 45,
};

/** The screener as the researcher sent it (POST …/screeners), questions in order. */
export const DEMO_SCREENER: z.input<typeof createScreenerSchema> = {
  title: "Invoicing & month-end: 30-minute interview",
  description: "We're talking to people who send invoices every month about how they handle billing, payments and month-end.",
  welcomeMessage: "Thanks for your interest! A few quick questions to see if this study is a fit (about 1 minute).",
  // shown on the completion page, after the interview (not when the screener qualifies someone)
  thankYouMessage: "Thanks for walking us through your month-end. Your €40 gift card is on its way within 5 working days.",
  disqualifiedMessage: "Thank you for your time. This round is looking for a different profile, but we'd love to keep you in mind.",
  consentText:
    "We record the conversation and, if you allow it, your screen, to learn how to improve Acme Checkout. Recordings are kept for 90 days and never shared outside the product team.",
  brandColor: "#4f46e5",
  incentive: "€40 gift card",
  maxParticipants: 20,
  questions: [
    {
      text: "What best describes your role?",
      type: "single_choice",
      options: ["Founder or owner", "Finance or bookkeeping", "Operations", "Developer", "Student"],
      disqualifyOptions: ["Student"],
    },
    {
      text: "Which tools have you used to send invoices in the last 12 months?",
      helpText: "Select all that apply.",
      type: "multiple_choice",
      options: ["Spreadsheets", "QuickBooks", "Xero", "Stripe Invoicing", "Acme Checkout", "None"],
      disqualifyOptions: ["None"],
    },
    { text: "How many invoices does your team send per month?", type: "number", min: 0, max: 100_000, qualifyMin: 10 },
    {
      text: "How painful is month-end reconciliation for you today?",
      helpText: "1 = not at all, 5 = very painful",
      type: "scale",
      min: 1,
      max: 5,
      qualifyMin: 3,
    },
  ],
};

/** Answers in question order, as the public page sends them (keyed by question id there). */
export const answersInOrder = (a: ScreenerAnswers) => [a.role, a.tools, a.invoices, a.pain];

/** The funnel beyond the respondents: people who opened the page, and who began the form but left. */
export const DEMO_FUNNEL = { views: 148, startedWithoutSubmitting: 28 };

/** Respondents the screener's rules turn away (the interviews' participants qualify). */
export const DISQUALIFIED: DemoRespondent[] = [
  {
    name: "Jamie Lee",
    email: "jamie.lee@student.example",
    daysAgo: 33,
    answers: { role: "Student", tools: ["Spreadsheets"], invoices: 0, pain: 2 },
    utm: { source: "twitter", medium: "social", campaign: CAMPAIGN },
    consents: { recording: true, analytics: true, followUp: false },
  },
  {
    name: "Noor Haddad",
    email: "noor@haddad-design.example",
    daysAgo: 21,
    answers: { role: "Founder or owner", tools: ["Spreadsheets"], invoices: 3, pain: 4 },
    utm: { source: "linkedin", medium: "social", campaign: CAMPAIGN },
    consents: { recording: true, analytics: false, followUp: false },
  },
  {
    name: "Oskar Lind",
    email: "oskar@lind-consulting.example",
    daysAgo: 9,
    answers: { role: "Operations", tools: ["None"], invoices: 20, pain: 1 },
    utm: { source: "newsletter", medium: "email", campaign: CAMPAIGN },
    consents: { recording: true, analytics: true, followUp: false },
  },
];
