// Participants' words (and the model's text built from them) go into pull-request bodies, titles
// and committed specs. On GitHub, "this closes #1" closes issue 1 when the PR merges, "@octocat"
// pings a user, "#12", "GH-12", "owner/repo#12" and issue URLs link (and cross-reference) issues.
// A WORD JOINER (U+2060, invisible, not a space) after "@" and "#" and inside "GH-" and "://" keeps
// the text readable while GitHub no longer recognises any of them; with no reference left, a
// closing keyword ("fixes", "resolves"…) has nothing to act on.
const WJ = "\u2060";

export function neutralizeGithubReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${WJ}`) // @user, @org/team
    .replace(/#(?=\d)/g, `#${WJ}`) // #12, owner/repo#12
    .replace(/\b(GH)-(?=\d)/gi, `$1${WJ}-`) // GH-12
    .replace(/:\/\//g, `:${WJ}//`); // https://github.com/o/r/issues/12 and any other autolink
}
