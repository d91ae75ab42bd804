// The arguments an ICU message uses ({name}, {count, plural, …}, {kind, select, …}) and its rich-text
// tags (<b>…</b>), as a sorted list of signatures, so the catalogue test can check that every
// translation takes the same arguments as English. Plural categories differ by language (Japanese
// has only `other`, Arabic has six), so a plural's signature is its name and type; a select's also
// lists its keys. Apostrophe quoting is not supported: the catalogues do not use it.

export function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;

  function readUntil(stops: string): string {
    const start = i;
    while (i < message.length && !stops.includes(message[i])) i++;
    if (i >= message.length) throw new Error(`unclosed "{" in: ${message}`);
    return message.slice(start, i).trim();
  }

  // text up to the closing "}" of the enclosing argument (or the end), recording nested arguments
  function parseText(nested: boolean) {
    while (i < message.length) {
      const ch = message[i];
      if (ch === "}" && nested) return;
      if (ch === "{") {
        i++;
        parseArgument();
      } else i++;
    }
    if (nested) throw new Error(`unclosed "{" in: ${message}`);
  }

  function parseArgument() {
    const name = readUntil(",}");
    if (!/^[\w.]+$/.test(name)) throw new Error(`bad argument name "${name}" in: ${message}`);
    if (message[i] === "}") {
      i++;
      found.add(name);
      return;
    }
    i++; // ","
    const type = readUntil(",}");
    if (message[i] === "}") {
      i++;
      found.add(`${name}:${type}`);
      return;
    }
    i++; // ","
    if (type === "plural" || type === "selectordinal" || type === "select") {
      const keys: string[] = [];
      for (;;) {
        const key = readUntil("{}");
        if (message[i] === "}") break;
        if (!key) throw new Error(`option without a key in: ${message}`);
        keys.push(key.replace(/^offset:\d+\s*/, ""));
        i++; // "{"
        parseText(true);
        i++; // "}"
      }
      i++; // the argument's "}"
      found.add(type === "select" ? `${name}:select[${keys.sort().join(",")}]` : `${name}:${type}`);
      return;
    }
    readUntil("}"); // a style: {n, number, percent}
    i++;
    found.add(`${name}:${type}`);
  }

  parseText(false);
  for (const m of message.matchAll(/<(\/?)([\w-]+)\s*(\/?)>/g)) found.add(`<${m[1]}${m[2]}${m[3]}>`);
  return [...found].sort();
}
