// JSON helpers for scripts/smoke.sh (node is always there; jq may not be). Reads JSON on stdin.
//   node json.mjs get '<expression of d>'   print a value (objects as JSON, null/undefined as "")
//   node json.mjs answers [file]            public screener → answers: --answers file, else defaults
//   node json.mjs error                     an API error body → "code: message"
import fs from "node:fs";

const [command, arg] = process.argv.slice(2);
const input = fs.readFileSync(0, "utf8");

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const data = parse(input);

if (command === "get") {
  const value = data === undefined ? undefined : new Function("d", `return (${arg});`)(data);
  process.stdout.write(value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
} else if (command === "error") {
  const e = data?.error;
  process.stdout.write(
    e?.code
      ? `${e.code}: ${e.message}${e.details?.fields ? ` ${JSON.stringify(e.details.fields)}` : ""}`
      : input.slice(0, 300).replace(/\s+/g, " "),
  );
} else if (command === "answers") {
  const questions = data?.screener?.questions ?? [];
  // --answers: { "<question id or exact text>": answer } (or { "answers": { … } })
  let given = {};
  if (arg) {
    const file = parse(fs.readFileSync(arg, "utf8"));
    if (!file || typeof file !== "object") {
      console.error(`${arg} is not a JSON object of answers`);
      process.exit(2);
    }
    given = file.answers && typeof file.answers === "object" ? file.answers : file;
  }
  const byText = new Map(Object.entries(given).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const answers = {};
  for (const q of questions) {
    const explicit = q.id in given ? given[q.id] : byText.get(q.text.trim().toLowerCase());
    if (explicit !== undefined) {
      answers[q.id] = explicit;
      continue;
    }
    // Defaults: which answers qualify is not in the public definition, so pass --answers when these do not.
    switch (q.type) {
      case "single_choice":
        answers[q.id] = q.options[0];
        break;
      case "multiple_choice":
        answers[q.id] = [q.options[0]];
        break;
      case "number":
        answers[q.id] = q.min !== null && q.max !== null ? Math.round((q.min + q.max) / 2) : (q.min ?? 10);
        break;
      case "scale":
        answers[q.id] = q.max ?? 5;
        break;
      case "date":
        answers[q.id] = new Date().toISOString().slice(0, 10);
        break;
      default:
        answers[q.id] = "Smoke test answer";
    }
  }
  process.stdout.write(JSON.stringify(answers));
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
