// The demo's interviews: what each participant said, and what the extraction model found in it.
// Quotes are the participants' own words (the seed grounds them like the pipeline does, and stops if
// one is not); each signal names the task it is evidence for (prisma/demo/tasks.ts).
import type { DemoInterview } from "./types";

export const CAMPAIGN = "invoicing-research-q2";
/** the product the participants talk about, where their screen events happen */
const APP = "https://app.acme-checkout.example";

export const INTERVIEWS: DemoInterview[] = [
  {
    key: "1",
    name: "Maya Patel",
    email: "maya@brightline-studio.example",
    daysAgo: 40,
    utm: { source: "linkedin", medium: "social", campaign: CAMPAIGN, content: "post-bookkeepers" },
    answers: { role: "Finance or bookkeeping", tools: ["Spreadsheets", "Acme Checkout"], invoices: 60, pain: 4 },
    outcome: "processed",
    summary:
      "Bookkeeper at a 12-person design studio. Left a shared spreadsheet after a broken VAT formula under-billed a client for six weeks. Invoicing in Acme Checkout works well; the month-end CSV export does not import at her accountant (VAT rates mixed in one column) and cost her an afternoon of manual splitting.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Maya, thanks for making time today. To start, could you tell me a little about your role and what a normal week looks like?",
        answer:
          "Sure. I'm the bookkeeper at Brightline, a design studio with twelve people. Most of my week is invoicing clients, chasing payments and getting everything ready for our accountant at the end of the month.",
      },
      {
        phase: "first_thought",
        ask: "Think back to the first time you felt the way you were invoicing wasn't working anymore. What was happening?",
        answer:
          "It was last spring. We had one big spreadsheet with every invoice in it, and a formula in the VAT column had been dragged down wrong. A client paid us almost two thousand less than they owed, and nobody noticed for six weeks. That was the day I said we can't run the studio on a spreadsheet anymore.",
        signals: [
          {
            type: "firing_moment",
            quote: "A client paid us almost two thousand less than they owed, and nobody noticed for six weeks.",
            context: "Why the studio stopped invoicing from a shared spreadsheet.",
            analysis: "A silent calculation error with real money lost made the old way untenable; correctness of VAT is the core job.",
            intensity: 0.9,
            confidence: 0.9,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "first_thought",
        ask: "Nobody noticed for six weeks. What happened when you did notice?",
        answer:
          "I had to write to the client and ask for the difference, which was really awkward. I felt embarrassed, honestly, because it looked like we didn't know what we were doing.",
        signals: [
          {
            type: "emotional_response",
            quote: "I felt embarrassed, honestly, because it looked like we didn't know what we were doing.",
            context: "Asking a client to pay the missing amount.",
            analysis: "Billing mistakes are felt as damage to the studio's professional image, not only as lost money.",
            intensity: 0.7,
            confidence: 0.85,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "After that, what did you do about it, if anything?",
        answer:
          "Not much at first. I kept an eye out. Our accountant mentioned a few tools, and I saw people in a freelancers' forum talking about invoicing apps, but month-end kept coming and I never had time to look properly.",
      },
      {
        phase: "active_looking",
        ask: "What changed that made you start looking properly?",
        answer:
          "The owners wanted card payments on invoices. That was the push. I made a list: it had to take cards, it had to work with our accountant's software, and it had to do VAT right without me building formulas.",
        signals: [
          {
            type: "hiring_criteria",
            quote:
              "it had to take cards, it had to work with our accountant's software, and it had to do VAT right without me building formulas.",
            context: "The shortlist criteria when she started comparing tools.",
            analysis:
              "Compatibility with the accountant's software was a hiring criterion from day one, which raises the stakes of export problems.",
            intensity: 0.6,
            confidence: 0.9,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "How did you decide between the options on your list?",
        answer:
          "I tried two of them for a week each. Acme Checkout won because the invoice looked professional straight away and the payment link just worked the first time a client used it.",
      },
      {
        phase: "first_use",
        ask: "Tell me about the first month-end after you switched.",
        answer:
          "Sending invoices was lovely. The export was the bad part. I downloaded the CSV for our accountant and the VAT was all in one column, mixed rates together, so she couldn't import it. I spent a whole afternoon splitting it by hand.",
        signals: [
          {
            type: "struggling_moment",
            quote:
              "the VAT was all in one column, mixed rates together, so she couldn't import it. I spent a whole afternoon splitting it by hand.",
            context: "First month-end export for the studio's accountant.",
            analysis:
              "The CSV puts all VAT rates in a single column, which accounting imports reject; the cost lands on the customer every month.",
            intensity: 0.8,
            confidence: 0.9,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "You spent a whole afternoon splitting it. What would have made that month-end feel right?",
        answer:
          "Honestly, I just want to press export and have our accountant get a file she can import the first time. That's it. That's the whole wish.",
        signals: [
          {
            type: "desired_outcome",
            quote: "I just want to press export and have our accountant get a file she can import the first time.",
            context: "What a good month-end would look like.",
            analysis: "Success is measured at the accountant's import, not at our download button.",
            intensity: 0.7,
            confidence: 0.9,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "Is there anything about invoicing or month-end we haven't talked about that you think matters?",
        answer: "Only that the rest works. If the export gets fixed I would recommend it to every studio I know.",
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/invoices`, data: { title: "Invoices" } },
      { type: "click", url: `${APP}/invoices`, data: { selector: "button#export", text: "Export" } },
      { type: "click", url: `${APP}/invoices`, data: { selector: "li[data-format=csv]", text: "CSV for accountants" } },
      { type: "custom", url: `${APP}/invoices`, data: { name: "export_downloaded", format: "csv", rows: 58 } },
    ],
  },
  {
    key: "2",
    name: "Tom Berg",
    email: "tom@northbean.example",
    daysAgo: 35,
    utm: { source: "newsletter", medium: "email", campaign: CAMPAIGN },
    answers: { role: "Founder or owner", tools: ["Spreadsheets", "Stripe Invoicing", "Acme Checkout"], invoices: 600, pain: 4 },
    outcome: "processed",
    summary:
      "Founder of a coffee subscription shop (~600 subscribers). Switched after expired cards silently stopped forty subscriptions. Acme Checkout tells him a payment failed but neither retries nor contacts the customer, so he exports failed payments every Monday and emails customers by hand.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Tom, thanks for joining. Could you start by telling me a bit about Northbean and what you do there?",
        answer:
          "I run Northbean, we roast coffee and ship it on subscription. About six hundred subscribers, me and two part-timers. I do the money side myself, which is maybe not ideal.",
      },
      {
        phase: "first_thought",
        ask: "When did you first feel that the way you were handling payments had to change?",
        answer:
          "Around Christmas. I was doing subscriptions with a spreadsheet and a payment link I sent every month. In January about forty people's cards had expired and I only found out when they emailed asking why their coffee didn't come.",
        signals: [
          {
            type: "firing_moment",
            quote:
              "In January about forty people's cards had expired and I only found out when they emailed asking why their coffee didn't come.",
            context: "The moment the spreadsheet-and-links setup broke.",
            analysis:
              "Failed renewals that nobody notices are the reason he bought a billing tool; silent payment failure is the core fear.",
            intensity: 0.9,
            confidence: 0.9,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "first_thought",
        ask: "They emailed asking why their coffee didn't come. What did you do then?",
        answer: "I wrote to every one of them by hand, with a new link. Took two evenings. Some never came back. That one hurt.",
        signals: [
          {
            type: "emotional_response",
            quote: "Some never came back. That one hurt.",
            context: "Aftermath of the expired cards.",
            analysis: "Lost subscribers are felt personally; churn from payment failure is the emotional core of the problem.",
            intensity: 0.8,
            confidence: 0.8,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "Between Christmas and signing up for something new, what were you paying attention to?",
        answer:
          "I was asking other shop owners in a Slack group what they used. Everyone had an opinion. I bookmarked a few but didn't do anything for a month or so.",
      },
      {
        phase: "active_looking",
        ask: "What made you go from bookmarking to actually trying things?",
        answer:
          "Renewal day in February. I sat down with a coffee and said I'm not doing this by hand again. I needed recurring billing that tells me when a payment fails, and it couldn't cost more than a few percent.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "I needed recurring billing that tells me when a payment fails, and it couldn't cost more than a few percent.",
            context: "Requirements when he started trying tools.",
            analysis: "Failure handling was an explicit buying criterion, next to price.",
            intensity: 0.6,
            confidence: 0.85,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "How did you choose between the ones you tried?",
        answer:
          "Acme Checkout had a subscription template for exactly my case, and the pricing page was honest. I signed up the same night.",
      },
      {
        phase: "first_use",
        ask: "What happened the first time a payment failed after you moved over?",
        answer:
          "I got an email saying a payment failed, which is better than before. But then nothing. It didn't retry, it didn't tell the customer. I still had to write to each person myself with a link.",
        signals: [
          {
            type: "struggling_moment",
            quote: "It didn't retry, it didn't tell the customer. I still had to write to each person myself with a link.",
            context: "First failed subscription payment on Acme Checkout.",
            analysis:
              "We notify the merchant but do nothing towards recovering the payment, so the manual work he bought us to remove remains.",
            intensity: 0.8,
            confidence: 0.9,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "So you still write to each person yourself. How does that work today?",
        answer:
          "Every Monday I export the failed payments, paste the emails into Gmail and send a template I wrote. It's maybe an hour a week, but I forget sometimes and then people churn.",
        signals: [
          {
            type: "workaround",
            quote: "Every Monday I export the failed payments, paste the emails into Gmail and send a template I wrote.",
            context: "How he recovers failed payments today.",
            analysis: "A weekly manual dunning routine outside the product; forgetting it costs subscribers.",
            intensity: 0.7,
            confidence: 0.9,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "If this worked the way you'd want, what would be different?",
        answer:
          "It would just try the card again a couple of times and send the customer a nice reminder with a link to update it. I'd only hear about the ones that really didn't work out.",
        signals: [
          {
            type: "desired_outcome",
            quote: "It would just try the card again a couple of times and send the customer a nice reminder with a link to update it.",
            context: "His picture of failed payments handled well.",
            analysis: "Automatic retries plus a self-service card update, with the merchant involved only for real failures.",
            intensity: 0.7,
            confidence: 0.9,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "Anything else you'd like us to know before we finish?",
        answer: "No, that's the big one. Fix failed payments and I'm a customer for life.",
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/subscriptions`, data: { title: "Subscriptions" } },
      { type: "click", url: `${APP}/subscriptions`, data: { selector: "a[href='/subscriptions?status=failed']", text: "Failed (7)" } },
      { type: "navigation", url: `${APP}/subscriptions?status=failed`, data: { title: "Failed payments" } },
      { type: "click", url: `${APP}/subscriptions?status=failed`, data: { selector: "button#export", text: "Export" } },
    ],
  },
  {
    key: "3",
    name: "Lina Okafor",
    email: "lina@fieldwork-agency.example",
    daysAgo: 29,
    utm: { source: "linkedin", medium: "social", campaign: CAMPAIGN, content: "post-ops" },
    answers: { role: "Operations", tools: ["Spreadsheets", "Xero", "Acme Checkout"], invoices: 45, pain: 5 },
    consents: { recording: true, analytics: true, followUp: false },
    outcome: "processed",
    summary:
      "Operations manager at a 20-person agency; left Word templates and a shared sheet after double-invoicing a client. The monthly CSV for the accountants (Xero) reads dates month-first, so she fixes the date column in Excel every month and dreads month-end. Also exports client by client because there is no per-client export.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Lina, thank you for taking part. Could you tell me a little about your work at Fieldwork?",
        answer:
          "I'm the operations manager at Fieldwork, a marketing agency with about twenty people. I look after contracts, invoicing and the handover to our external accountants every month.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think the old way of invoicing wasn't going to work?",
        answer:
          "When we passed fifteen clients. We invoiced from Word templates and tracked everything in a shared spreadsheet, and two people would edit it at the same time and overwrite each other. We sent one client the same invoice twice.",
        signals: [
          {
            type: "firing_moment",
            quote: "We sent one client the same invoice twice.",
            context: "Growing past fifteen clients on Word templates and a shared sheet.",
            analysis: "A visible mistake in front of a client triggered the switch; reliability of records matters more than features.",
            intensity: 0.75,
            confidence: 0.85,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "After that, what did you notice yourself paying attention to?",
        answer:
          "I started noticing how other agencies billed us. One of our freelancers sent invoices with a pay button and I thought, why can't we do that.",
      },
      {
        phase: "active_looking",
        ask: "What did looking for a tool actually involve?",
        answer:
          "I booked three demos in one week. I cared about two things: clients can pay by card, and I can export everything for the accountants in their format, because they use Xero.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "clients can pay by card, and I can export everything for the accountants in their format",
            context: "Her two requirements during demos.",
            analysis: "Export compatibility with the accountants' tool was one of only two buying criteria.",
            intensity: 0.55,
            confidence: 0.85,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "What tipped the decision?",
        answer: "Price was similar. Acme's sales person showed me the export screen and said Xero works. That sealed it.",
      },
      {
        phase: "first_use",
        ask: "Tell me about the first time you sent that export to the accountants.",
        answer:
          "It didn't go well. The dates came out as month first, American style, and Xero read the fourth of March as the third of April. Half the invoices landed in the wrong month.",
        signals: [
          {
            type: "struggling_moment",
            quote: "The dates came out as month first, American style, and Xero read the fourth of March as the third of April.",
            context: "First export sent to the accountants.",
            analysis: "Ambiguous date format in the CSV silently moves invoices between periods in the accounting system.",
            intensity: 0.85,
            confidence: 0.9,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "Half the invoices landed in the wrong month. What do you do about it now?",
        answer:
          "Now I open the CSV in Excel, change the date column format, save it again and only then send it. Every month. And I have to remember to do it, because if I forget, the accountants call me.",
        signals: [
          {
            type: "workaround",
            quote: "Now I open the CSV in Excel, change the date column format, save it again and only then send it. Every month.",
            context: "Her monthly routine before sending the export.",
            analysis: "A recurring manual fix of our output; the kind of step people forget, with accounting errors as the result.",
            intensity: 0.75,
            confidence: 0.95,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "How does that feel, every month?",
        answer: "I dread month-end, to be honest. It's the one day I know something will go wrong and I'll be the one fixing it.",
        signals: [
          {
            type: "emotional_response",
            quote: "I dread month-end, to be honest.",
            context: "Feelings about the monthly export.",
            analysis: "The export turns the month-end handover into a source of dread.",
            intensity: 0.7,
            confidence: 0.85,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "Is there anything else about exports or month-end you'd want to add?",
        answer:
          "It would be great to export one file per client too. The accountants ask for that a lot, and right now I filter and export fifteen times.",
        signals: [
          {
            type: "desired_outcome",
            quote: "It would be great to export one file per client too.",
            context: "Closing wish about exports.",
            analysis: "Accountants want per-client files; today that means one manual export per client.",
            intensity: 0.5,
            confidence: 0.8,
            task: "bulkExport",
          },
          {
            type: "workaround",
            quote: "right now I filter and export fifteen times.",
            context: "How she produces per-client files today.",
            analysis: "Per-client exports are done by repeating the filter-and-export flow once per client.",
            intensity: 0.6,
            confidence: 0.85,
            task: "bulkExport",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/invoices`, data: { title: "Invoices" } },
      { type: "click", url: `${APP}/invoices`, data: { selector: "select[name=client]", text: "Client: all" } },
      { type: "click", url: `${APP}/invoices`, data: { selector: "button#export", text: "Export" } },
      { type: "custom", url: `${APP}/invoices`, data: { name: "export_downloaded", format: "csv", rows: 44 } },
      { type: "scroll", url: `${APP}/invoices`, data: { y: 1380, depth: 0.8 } },
    ],
  },
  {
    key: "4",
    name: "Jorge Ruiz",
    email: "jorge@ruiz.dev.example",
    daysAgo: 23,
    utm: { source: "twitter", medium: "social", campaign: CAMPAIGN },
    answers: { role: "Developer", tools: ["Spreadsheets", "Acme Checkout"], invoices: 12, pain: 3 },
    outcome: "processed",
    summary:
      "Freelance web developer who moved to Spain and needed VAT-compliant invoices. Chose Acme Checkout for the free tier and Stripe connection. Tax settings confused him and his first invoice carried the wrong VAT; he wants tax set up from a few sign-up questions. Also found the mobile promo code field hidden.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Jorge, thanks for doing this. What kind of work do you do?",
        answer: "I'm a freelance web developer. I work alone, mostly for small shops, maybe six or seven clients at a time.",
      },
      {
        phase: "first_thought",
        ask: "When did you first feel you needed something different for invoicing?",
        answer:
          "When I moved to Spain I had to start charging VAT and adding my tax number properly. My little invoice template in Google Docs suddenly wasn't legal anymore.",
        signals: [
          {
            type: "firing_moment",
            quote: "My little invoice template in Google Docs suddenly wasn't legal anymore.",
            context: "Moving country and becoming VAT-registered.",
            analysis: "Tax compliance, not convenience, pushed him to a tool; he expects the tool to know the rules.",
            intensity: 0.7,
            confidence: 0.8,
            task: "taxSetup",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "What did you do in the weeks after that?",
        answer:
          "I patched the template, badly. I read a couple of blog posts about tax rules for freelancers in the EU and mostly felt lost.",
      },
      {
        phase: "active_looking",
        ask: "When did you start actively looking at tools?",
        answer:
          "A friend showed me his invoices from Acme Checkout. I liked that the customer could pay on the page. For me it had to be cheap, because I'm one person, and connect to Stripe, which I already use.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "For me it had to be cheap, because I'm one person, and connect to Stripe, which I already use.",
            context: "What a solo freelancer needed.",
            analysis: "Price and the existing Stripe account decide for solo users.",
            intensity: 0.5,
            confidence: 0.9,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "What made you go ahead with it?",
        answer: "The free tier. I could try it with one real client without paying anything.",
      },
      {
        phase: "first_use",
        ask: "Walk me through the first invoice you sent with it.",
        answer:
          "Setting up tax was confusing. There's a tax settings page with rates, regions, reverse charge, and I didn't know which one applied to me. I guessed, and my first invoice had the wrong VAT on it.",
        signals: [
          {
            type: "struggling_moment",
            quote:
              "There's a tax settings page with rates, regions, reverse charge, and I didn't know which one applied to me. I guessed, and my first invoice had the wrong VAT on it.",
            context: "Configuring tax before the first invoice.",
            analysis: "The tax settings expose every option at once; a new user cannot tell which apply and ships wrong invoices.",
            intensity: 0.8,
            confidence: 0.9,
            task: "taxSetup",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "You guessed. How did you feel when you found out it was wrong?",
        answer: "Stupid, a bit. And nervous, because it's the tax office. I don't want to get that wrong.",
        signals: [
          {
            type: "emotional_response",
            quote: "Stupid, a bit. And nervous, because it's the tax office.",
            context: "Discovering the wrong VAT on his first invoice.",
            analysis: "Tax mistakes feel risky and personal; the setup should prevent them rather than leave users guessing.",
            intensity: 0.65,
            confidence: 0.8,
            task: "taxSetup",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "Was there anything else from those first weeks that stood out?",
        answer:
          "I checked what the checkout looks like on my phone and the logo was squashed and the promo code box was hidden under the total. I only found it because I knew it was there.",
        signals: [
          {
            type: "struggling_moment",
            quote: "the promo code box was hidden under the total. I only found it because I knew it was there.",
            context: "Previewing the checkout on a phone.",
            analysis: "The mobile layout hides the promo code field; even the merchant needed prior knowledge to find it.",
            intensity: 0.55,
            confidence: 0.75,
            task: "mobilePromo",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "If you could change one thing, what would it be?",
        answer:
          "Ask me a few questions when I sign up, like where I am and whether I sell to businesses, and set the tax up for me. Oh, and a desktop app would be nice, I like working on the train without internet.",
        signals: [
          {
            type: "desired_outcome",
            quote: "Ask me a few questions when I sign up, like where I am and whether I sell to businesses, and set the tax up for me.",
            context: "His one change.",
            analysis: "A short questionnaire at sign-up could derive the tax configuration.",
            intensity: 0.65,
            confidence: 0.9,
            task: "taxSetup",
          },
          {
            type: "desired_outcome",
            quote: "a desktop app would be nice, I like working on the train without internet.",
            context: "An aside at the end of the interview.",
            analysis: "A single, low-intensity wish for offline use.",
            intensity: 0.3,
            confidence: 0.6,
            task: "desktopApp",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/settings/tax`, data: { title: "Tax settings" } },
      { type: "click", url: `${APP}/settings/tax`, data: { selector: "input#reverse-charge", text: "Reverse charge" } },
      { type: "error", url: `${APP}/settings/tax`, data: { message: "Tax region is required", source: "form-validation" } },
      { type: "navigation", url: `${APP}/checkout/preview?device=mobile`, data: { title: "Checkout preview" } },
      { type: "scroll", url: `${APP}/checkout/preview?device=mobile`, data: { y: 920, depth: 1 } },
    ],
  },
  {
    key: "5",
    name: "Priya Shah",
    email: "priya@tallyhq.example",
    daysAgo: 17,
    utm: { source: "newsletter", medium: "email", campaign: CAMPAIGN },
    answers: { role: "Finance or bookkeeping", tools: ["Spreadsheets", "QuickBooks", "Acme Checkout"], invoices: 140, pain: 4 },
    outcome: "processed",
    summary:
      "Finance lead at a 40-person software company billing in EUR, GBP and USD. Switched after an auditor asked which exchange rate she had used. A customer can only have one currency, so she keeps duplicate customers per currency and sums them in a spreadsheet; the CSV's trailing currency column is ignored by the accountants' import.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Priya, thanks for joining. Could you tell me about your role?",
        answer:
          "I'm finance lead at a software startup, about forty people. We sell to customers in the US, UK and Europe, so I live in three currencies.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think your invoicing setup had to change?",
        answer:
          "When our first big US customer asked for invoices in dollars and our spreadsheet template only did euros. I was converting by hand with a rate from Google, and our auditor later asked which rate I'd used. I didn't know.",
        signals: [
          {
            type: "firing_moment",
            quote: "our auditor later asked which rate I'd used. I didn't know.",
            context: "Hand-converting a dollar invoice from a euro template.",
            analysis: "An audit question she could not answer made currency handling a compliance problem.",
            intensity: 0.85,
            confidence: 0.9,
            task: "multiCurrency",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "What happened between that moment and looking for something new?",
        answer:
          "We were fundraising, so it sat on the list for a quarter. I kept a note of every time currency caused a problem. The note got long.",
      },
      {
        phase: "active_looking",
        ask: "What did you look for when you started?",
        answer:
          "Multi-currency was non-negotiable, plus an audit trail. And it had to export cleanly for our accountants, who are in the UK.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "Multi-currency was non-negotiable, plus an audit trail.",
            context: "Requirements for the new tool.",
            analysis: "Currency support and auditability are entry criteria for international B2B teams.",
            intensity: 0.6,
            confidence: 0.9,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "How did you make the final choice?",
        answer:
          "Acme Checkout supported the three currencies and the exchange rate is stored on each invoice. Our CEO also liked that it was cheaper than the big suites.",
      },
      {
        phase: "first_use",
        ask: "What were the first weeks like?",
        answer:
          "One customer of ours has offices in London and New York and wants invoices in both pounds and dollars. In Acme a customer can only have one currency, so I had to create the same company twice.",
        signals: [
          {
            type: "struggling_moment",
            quote: "In Acme a customer can only have one currency, so I had to create the same company twice.",
            context: "Invoicing a customer that pays in two currencies.",
            analysis: "One currency per customer forces duplicate customer records for multinational buyers.",
            intensity: 0.75,
            confidence: 0.9,
            task: "multiCurrency",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "You created the same company twice. How does that play out?",
        answer:
          "So now there's 'Halden Group GBP' and 'Halden Group USD', and every report splits them. When the CEO asks how much Halden paid us this year, I add them up in a spreadsheet.",
        signals: [
          {
            type: "workaround",
            quote: "now there's 'Halden Group GBP' and 'Halden Group USD', and every report splits them.",
            context: "Living with duplicate customers.",
            analysis: "Duplicated customers break reporting, pushing totals back into spreadsheets.",
            intensity: 0.7,
            confidence: 0.9,
            task: "multiCurrency",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "And how does the export for your accountants go?",
        answer:
          "The CSV has the amount but not the currency in the same row, it's in a separate column at the end that their import ignores. So dollars get read as pounds.",
        signals: [
          {
            type: "struggling_moment",
            quote:
              "The CSV has the amount but not the currency in the same row, it's in a separate column at the end that their import ignores. So dollars get read as pounds.",
            context: "Monthly export to UK accountants.",
            analysis: "Currency is not next to the amount in the CSV, so imports book foreign amounts in the home currency.",
            intensity: 0.8,
            confidence: 0.85,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "What would great look like for you?",
        answer: "One customer, several currencies, one total in our home currency. And an export I don't have to check line by line.",
        signals: [
          {
            type: "desired_outcome",
            quote: "One customer, several currencies, one total in our home currency.",
            context: "Her definition of great.",
            analysis: "Currencies belong to invoices, not customers, with reporting converted to the home currency.",
            intensity: 0.6,
            confidence: 0.85,
            task: "multiCurrency",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/customers`, data: { title: "Customers" } },
      { type: "click", url: `${APP}/customers`, data: { selector: "input#search", text: "Search customers" } },
      { type: "navigation", url: `${APP}/customers/halden-group-usd`, data: { title: "Halden Group USD" } },
      { type: "navigation", url: `${APP}/customers/halden-group-gbp`, data: { title: "Halden Group GBP" } },
    ],
  },
  {
    key: "6",
    name: "Ben Carter",
    email: "ben@tidepool-outdoors.example",
    daysAgo: 11,
    utm: { source: "in-app", medium: "banner", campaign: CAMPAIGN, content: "dashboard-banner" },
    answers: { role: "Founder or owner", tools: ["Acme Checkout"], invoices: 900, pain: 3 },
    outcome: "processed",
    summary:
      "Owner of an outdoor-gear web shop whose customers buy on phones; left a plugin checkout that failed on Black Friday. On mobile the promo code field is collapsed under 'Order summary', so club members thought codes were broken; he now explains where to tap in campaign emails.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Ben, thanks for making the time. Tell me a bit about Tidepool.",
        answer: "I own Tidepool, we sell outdoor gear online. Small team, five people, and most of our customers buy on their phones.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think the checkout you had wasn't good enough?",
        answer:
          "Our old shop plugin had a checkout that kept timing out. We had a Black Friday where the page just spun, and we lost probably a third of the day's orders.",
        signals: [
          {
            type: "firing_moment",
            quote: "We had a Black Friday where the page just spun, and we lost probably a third of the day's orders.",
            context: "Why he replaced the old checkout.",
            analysis: "Checkout reliability on peak days is existential for a small shop.",
            intensity: 0.9,
            confidence: 0.85,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "What did you do after that Black Friday?",
        answer:
          "Complained a lot, mostly. I started looking at the checkouts of shops I bought from and noting which ones felt fast on my phone.",
      },
      {
        phase: "active_looking",
        ask: "What were you looking for when you started comparing?",
        answer: "Fast on mobile, Apple Pay, and promo codes, because we run a lot of codes with outdoor clubs.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "Fast on mobile, Apple Pay, and promo codes, because we run a lot of codes with outdoor clubs.",
            context: "What the new checkout needed.",
            analysis: "Promo codes on mobile were an explicit requirement, not a nice-to-have.",
            intensity: 0.55,
            confidence: 0.9,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "What made you choose Acme Checkout?",
        answer: "The demo checkout loaded instantly on my phone. I didn't need more convincing than that.",
      },
      {
        phase: "first_use",
        ask: "Tell me about the first campaign you ran with it.",
        answer:
          "We sent a code to a climbing club, and within an hour I had emails saying the code doesn't work. It did work. They just couldn't find the box, on a phone it's collapsed under 'Order summary' at the very bottom.",
        signals: [
          {
            type: "struggling_moment",
            quote: "They just couldn't find the box, on a phone it's collapsed under 'Order summary' at the very bottom.",
            context: "First promo campaign on the new checkout.",
            analysis: "Customers read the hidden field as a broken code; the mobile layout costs orders and support time.",
            intensity: 0.85,
            confidence: 0.9,
            task: "mobilePromo",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "What did you do when those emails came in?",
        answer:
          "I wrote back to everyone with a screenshot showing where to tap. And then I put 'tap Order summary to enter your code' in the campaign email itself.",
        signals: [
          {
            type: "workaround",
            quote: "I put 'tap Order summary to enter your code' in the campaign email itself.",
            context: "Handling the confused customers.",
            analysis: "Merchants now document our layout in their own marketing emails.",
            intensity: 0.65,
            confidence: 0.9,
            task: "mobilePromo",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "How did that feel?",
        answer: "Annoying. It makes us look amateur in front of a club we want to keep. A few people just gave up and didn't order.",
        signals: [
          {
            type: "emotional_response",
            quote: "It makes us look amateur in front of a club we want to keep.",
            context: "Reaction to the promo code confusion.",
            analysis: "The bug hurts the merchant's reputation with partners, beyond the lost orders.",
            intensity: 0.7,
            confidence: 0.85,
            task: "mobilePromo",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "Anything else you want us to know?",
        answer: "Just show the promo field on mobile like on desktop. That's the fix.",
        signals: [
          {
            type: "desired_outcome",
            quote: "Just show the promo field on mobile like on desktop.",
            context: "His suggested fix.",
            analysis: "Parity with the desktop layout is the expected outcome.",
            intensity: 0.5,
            confidence: 0.8,
            task: "mobilePromo",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/checkout/preview?device=mobile`, data: { title: "Checkout preview" } },
      { type: "scroll", url: `${APP}/checkout/preview?device=mobile`, data: { y: 1210, depth: 1 } },
      {
        type: "click",
        url: `${APP}/checkout/preview?device=mobile`,
        data: { selector: "button.order-summary-toggle", text: "Order summary" },
      },
      { type: "click", url: `${APP}/checkout/preview?device=mobile`, data: { selector: "button#apply-code", text: "Apply" } },
    ],
  },
  {
    key: "7",
    name: "Aiko Tanaka",
    email: "aiko@tanaka-accounting.example",
    daysAgo: 6,
    utm: { source: "linkedin", medium: "social", campaign: CAMPAIGN, content: "post-accountants" },
    answers: { role: "Finance or bookkeeping", tools: ["Spreadsheets", "Xero", "Acme Checkout"], invoices: 300, pain: 5 },
    outcome: "processed",
    summary:
      "Freelance accountant receiving exports from four clients on Acme Checkout. With no bulk download she opened and downloaded 212 invoice PDFs one by one for a quarter, and she splits the mixed VAT column with a saved formula every time. Wants one click per client and period giving PDFs plus an import-ready CSV.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Aiko, thanks for talking with us. How do you come into contact with Acme Checkout?",
        answer:
          "I'm an accountant. I have nine small business clients and four of them invoice with Acme Checkout, so I'm on the receiving end of the exports.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think the way you got data from clients had to change?",
        answer:
          "Before Acme, clients sent me spreadsheets, all different. One client's sheet had totals typed in by hand that didn't match the lines. I spent a weekend reconciling and told them they had to get a real tool.",
        signals: [
          {
            type: "firing_moment",
            quote: "One client's sheet had totals typed in by hand that didn't match the lines.",
            context: "Why she pushed clients off spreadsheets.",
            analysis: "Accountants drive adoption when client data cannot be trusted.",
            intensity: 0.75,
            confidence: 0.85,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "How did your clients end up on Acme Checkout?",
        answer:
          "One of them found it, and I said fine, as long as I get clean data out. Then I recommended it to three others because the first one went well.",
      },
      {
        phase: "active_looking",
        ask: "What did you need from it, as the person receiving the data?",
        answer: "An export per client and per month, with VAT split by rate, that I can import without touching it.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "An export per client and per month, with VAT split by rate, that I can import without touching it.",
            context: "Her condition for recommending the tool.",
            analysis: "Accountants are a referral channel, and their criterion is an import-ready export.",
            intensity: 0.5,
            confidence: 0.85,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "What made you comfortable recommending it?",
        answer: "The invoices are numbered properly and you can't delete one, only credit it. That matters for an audit.",
      },
      {
        phase: "first_use",
        ask: "Tell me about the last time you pulled an export.",
        answer:
          "For the quarter I needed every invoice PDF for one client. There's no bulk download, so I opened each invoice and clicked download. Two hundred and twelve times.",
        signals: [
          {
            type: "workaround",
            quote: "There's no bulk download, so I opened each invoice and clicked download. Two hundred and twelve times.",
            context: "Quarterly PDF collection for one client.",
            analysis: "Without bulk download, collecting a period's PDFs is hundreds of manual clicks.",
            intensity: 0.85,
            confidence: 0.95,
            task: "bulkExport",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "Two hundred and twelve times. What was that like?",
        answer:
          "I was furious by the end, honestly. It was a Sunday. It's the kind of thing that makes me want to tell clients to switch to something else.",
        signals: [
          {
            type: "emotional_response",
            quote: "It's the kind of thing that makes me want to tell clients to switch to something else.",
            context: "After the manual PDF download.",
            analysis: "A referring accountant is close to recommending against us: churn risk across several accounts.",
            intensity: 0.8,
            confidence: 0.85,
            task: "bulkExport",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "And the CSV exports, how do they work for you?",
        answer:
          "The VAT is in one column with the rates mixed, so I split it with a formula every time. I've saved the formula in a text file on my desktop.",
        signals: [
          {
            type: "workaround",
            quote:
              "The VAT is in one column with the rates mixed, so I split it with a formula every time. I've saved the formula in a text file on my desktop.",
            context: "Preparing client CSVs for import.",
            analysis: "The mixed VAT column is fixed by hand at the accountant's end too; same root cause as the bookkeepers' reports.",
            intensity: 0.7,
            confidence: 0.9,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "If you could ask for one thing, what would it be?",
        answer:
          "Choose a client and a date range, click once, get a zip with all the PDFs and a CSV that's ready to import. That would save me a day every quarter.",
        signals: [
          {
            type: "desired_outcome",
            quote: "Choose a client and a date range, click once, get a zip with all the PDFs and a CSV that's ready to import.",
            context: "Her one request.",
            analysis: "A precise spec for bulk export: client + period → zip of PDFs + import-ready CSV.",
            intensity: 0.75,
            confidence: 0.9,
            task: "bulkExport",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/invoices?client=kobo-bakery`, data: { title: "Invoices — Kobo Bakery" } },
      { type: "click", url: `${APP}/invoices?client=kobo-bakery`, data: { selector: "tr[data-invoice=INV-2031] a", text: "INV-2031" } },
      { type: "navigation", url: `${APP}/invoices/INV-2031`, data: { title: "INV-2031" } },
      { type: "click", url: `${APP}/invoices/INV-2031`, data: { selector: "button#download-pdf", text: "Download PDF" } },
      { type: "navigation", url: `${APP}/invoices/INV-2032`, data: { title: "INV-2032" } },
      { type: "click", url: `${APP}/invoices/INV-2032`, data: { selector: "button#download-pdf", text: "Download PDF" } },
    ],
  },
  {
    key: "8",
    name: "Sam Osei",
    email: "sam@riverside-foodbank.example",
    daysAgo: 2,
    utm: { source: "newsletter", medium: "email", campaign: CAMPAIGN, content: "nonprofit-edition" },
    answers: { role: "Operations", tools: ["Spreadsheets", "Acme Checkout"], invoices: 250, pain: 4 },
    outcome: "processed",
    summary:
      "Operations coordinator at a food bank; an audit finding on duplicate receipt numbers ended the spreadsheet. Tax setup assumed everything is taxed and the exemption was buried in a sub-menu. Monthly donations failed on expired cards without any message to donors; wants donors told and able to fix the card themselves.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Sam, thank you for joining. What does your work at Riverside look like?",
        answer:
          "I'm operations coordinator at Riverside Food Bank. We're a charity, so I handle donations, receipts for donors, and invoices to the companies that sponsor us.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think the spreadsheet way wasn't working?",
        answer:
          "Our audit last year. The auditor found receipts with duplicate numbers because two volunteers were copying the same template. We got a formal note about it. That was the end of the spreadsheet for me.",
        signals: [
          {
            type: "firing_moment",
            quote: "The auditor found receipts with duplicate numbers because two volunteers were copying the same template.",
            context: "The audit that ended the spreadsheet.",
            analysis: "Compliance findings drive nonprofits to tools with guaranteed numbering.",
            intensity: 0.85,
            confidence: 0.9,
            task: "switchingMoments",
          },
        ],
      },
      {
        phase: "passive_looking",
        ask: "What happened after the audit note?",
        answer:
          "I asked in a nonprofit finance group what others used. Most tools were built for shops, not for donations, so I kind of gave up for a while.",
      },
      {
        phase: "active_looking",
        ask: "What got you looking again?",
        answer:
          "Monthly donors. We wanted people to give every month by card, and I needed proper numbered receipts. Also it had to be simple enough for volunteers.",
        signals: [
          {
            type: "hiring_criteria",
            quote: "it had to be simple enough for volunteers.",
            context: "Requirements for recurring donations.",
            analysis: "Volunteer-operated teams need flows that work without training.",
            intensity: 0.5,
            confidence: 0.85,
            task: "hiringCriteria",
          },
        ],
      },
      {
        phase: "deciding",
        ask: "How did you decide on Acme Checkout?",
        answer: "They have a nonprofit discount, and the recurring payments setup took ten minutes in the trial.",
      },
      {
        phase: "first_use",
        ask: "How have the first weeks gone?",
        answer:
          "Setting up tax was weird for us, because donations have no VAT but sponsor invoices do. The setup assumed everything is taxed, and I had to find the exemption setting in a sub-menu.",
        signals: [
          {
            type: "struggling_moment",
            quote: "The setup assumed everything is taxed, and I had to find the exemption setting in a sub-menu.",
            context: "Configuring tax for donations and sponsor invoices.",
            analysis: "Tax setup assumes one taxable activity; mixed exempt/taxable organisations have to dig for settings.",
            intensity: 0.6,
            confidence: 0.85,
            task: "taxSetup",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "Was there anything else in those first weeks?",
        answer:
          "A few monthly donations failed because cards expired, and the donors didn't get any message. One of them only noticed after three months. I felt awful, they thought they were giving.",
        signals: [
          {
            type: "struggling_moment",
            quote: "A few monthly donations failed because cards expired, and the donors didn't get any message.",
            context: "Recurring donations failing.",
            analysis: "The same silent-failure problem as subscription merchants, with donors instead of customers.",
            intensity: 0.75,
            confidence: 0.9,
            task: "failedPayments",
          },
          {
            type: "emotional_response",
            quote: "I felt awful, they thought they were giving.",
            context: "Learning a donor's gifts had failed for months.",
            analysis: "Failed donations break donors' trust; the organisation feels responsible.",
            intensity: 0.75,
            confidence: 0.85,
            task: "failedPayments",
          },
        ],
      },
      {
        phase: "first_use",
        ask: "And what does month-end look like now?",
        answer:
          "Our treasurer imports the export into the accounting package, and the dates always come out wrong, so she retypes the dates for the sponsor invoices. She's a volunteer, she shouldn't have to.",
        signals: [
          {
            type: "workaround",
            quote: "the dates always come out wrong, so she retypes the dates for the sponsor invoices.",
            context: "Month-end handover to the volunteer treasurer.",
            analysis: "The month-first date format hits nonprofits too; a volunteer retypes dates by hand every month.",
            intensity: 0.6,
            confidence: 0.85,
            task: "csvExport",
          },
        ],
      },
      {
        phase: "wrap_up",
        ask: "If you could change one thing about it, what would it be?",
        answer: "Tell the donor when their card fails and let them fix it themselves. I can't call everyone.",
        signals: [
          {
            type: "desired_outcome",
            quote: "Tell the donor when their card fails and let them fix it themselves.",
            context: "Her one change.",
            analysis: "Self-service card update for the payer, triggered by the failure.",
            intensity: 0.65,
            confidence: 0.9,
            task: "failedPayments",
          },
        ],
      },
    ],
    screen: [
      { type: "navigation", url: `${APP}/settings/tax`, data: { title: "Tax settings" } },
      { type: "click", url: `${APP}/settings/tax`, data: { selector: "button.more-options", text: "More options" } },
      { type: "click", url: `${APP}/settings/tax`, data: { selector: "input#tax-exempt", text: "Tax exempt activity" } },
      { type: "navigation", url: `${APP}/donations/recurring`, data: { title: "Recurring donations" } },
    ],
  },
  {
    key: "abandoned",
    name: "Chris Doyle",
    email: "chris@doyle-bakes.example",
    daysAgo: 20,
    utm: { source: "linkedin", medium: "social", campaign: CAMPAIGN },
    answers: { role: "Founder or owner", tools: ["Spreadsheets"], invoices: 30, pain: 3 },
    outcome: "abandoned",
    summary:
      "Founder of a small bakery who invoices from a spreadsheet. Left after the first question (a delivery arrived); nothing about invoicing was discussed yet.",
    turns: [
      {
        phase: "rapport",
        ask: "Hi Chris, thanks for joining. Could you tell me a little about your business?",
        answer: "Hi, I run a small bakery with my sister, we do wholesale to cafés.",
      },
      {
        phase: "rapport",
        ask: "Wholesale to cafés, nice. What does invoicing look like for you at the moment?",
        answer: "Paper invoice book mostly, and I type them up on Sunday nights.",
      },
      {
        phase: "first_thought",
        ask: "When did you first think the paper book might not be working?",
        answer: "Sorry, a delivery just arrived, can we do this another time?",
      },
    ],
  },
  {
    key: "failed",
    name: "Elena Rossi",
    email: "elena@rossi-ceramics.example",
    daysAgo: 4,
    utm: { source: "newsletter", medium: "email", campaign: CAMPAIGN },
    answers: { role: "Founder or owner", tools: ["Spreadsheets", "Acme Checkout"], invoices: 25, pain: 3 },
    outcome: "failed",
    summary:
      "Ceramicist selling online and at markets. Moved from PayPal requests to Acme Checkout when wholesale shops asked for proper invoices with payment terms; took twenty minutes to find where thirty-day terms are set (customer settings, not the invoice).",
    // the model sent its signals as one JSON string instead of a list, on every attempt
    unusableExtraction: {
      signals:
        '[{"type": "struggling_moment", "quote": "I couldn\'t find where to set thirty-day terms", "topic": "Payment terms are set per customer, not on the invoice"}]',
    },
    turns: [
      {
        phase: "rapport",
        ask: "Hi Elena, thank you for taking part. What do you do?",
        answer: "I make ceramics and sell them online and at two markets. It's just me, plus my partner at weekends.",
      },
      {
        phase: "first_thought",
        ask: "When did you first feel your way of getting paid needed to change?",
        answer:
          "Shops started ordering wholesale, and they wanted proper invoices with payment terms. I was sending PayPal requests, and one shop's accountant just said no, we need an invoice.",
      },
      {
        phase: "active_looking",
        ask: "What did you look at once you decided to change?",
        answer: "I asked the other makers at the market. Two of them used Acme Checkout for their online shop, so I tried that first.",
      },
      {
        phase: "first_use",
        ask: "How did your first wholesale invoice go?",
        answer:
          "Fine, actually, except I couldn't find where to set thirty-day terms. I found it after twenty minutes in the customer settings, not on the invoice.",
      },
      {
        phase: "wrap_up",
        ask: "Is there anything else you'd like to add?",
        answer: "No, that's everything, thank you.",
      },
    ],
  },
];
