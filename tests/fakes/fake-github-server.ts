// A loopback stand-in for the parts of GitHub's REST API the implementation loop uses, so the real
// Octokit (and @octokit/auth-app) run against it through GITHUB_API_URL:
//   GET  /repos/:o/:r                                  repository (permissions for tokens)
//   GET  /repos/:o/:r/git/ref/heads/:branch            POST /repos/:o/:r/git/refs
//   GET  /repos/:o/:r/git/trees/:shaOrBranch?recursive
//   GET  /repos/:o/:r/contents/:path?ref=              PUT  /repos/:o/:r/contents/:path (a commit)
//   GET  /repos/:o/:r/pulls?head=&state=               POST /repos/:o/:r/pulls
//   GET  /repos/:o/:r/pulls/:n                         PATCH /repos/:o/:r/pulls/:n (title, body, state)
//   POST /repos/:o/:r/issues/:n/labels                 POST /app/installations/:id/access_tokens
//   GET  /repos/:o/:r/issues/:n/comments               POST /repos/:o/:r/issues/:n/comments
//   PATCH /repos/:o/:r/issues/comments/:id             DELETE /repos/:o/:r/issues/comments/:id
// Credentials are checked like GitHub does: unknown token → 401, a repository the token cannot see →
// 404, a write without push permission → 403. Failures can be scripted (`failNext`), every request is
// recorded, and a control API (/__control/*: repos, tokens, pulls, state) lets another process (the e2e suite) set it up.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRepoInit {
  fullName: string;
  defaultBranch?: string;
  files?: Record<string, string>;
  archived?: boolean;
  /** refuse creating branches, as a repository ruleset does */
  restrictBranchCreation?: boolean;
}

export interface TokenGrant {
  /** full names the token can see; "*" for all */
  repos: string[] | "*";
  push: boolean;
}

export interface InstallationInit {
  id: string;
  appId: string;
  repos: string[] | "*";
  permissions?: Record<string, "read" | "write">;
}

interface Commit {
  sha: string;
  files: Map<string, string>;
  message: string;
  parent: string | null;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: "open" | "closed";
  merged: boolean;
  labels: string[];
  html_url: string;
}

export interface FakeIssueComment {
  id: number;
  issue_number: number;
  body: string;
  html_url: string;
  created_at: string;
  updated_at: string;
}

interface Repo {
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  restrictBranchCreation: boolean;
  branches: Map<string, string>;
  commits: Map<string, Commit>;
  pulls: FakePull[];
  nextNumber: number;
  comments: FakeIssueComment[];
}

export interface RecordedGithubRequest {
  method: string;
  path: string;
  auth: string | null;
  body: unknown;
}

type ScriptedFailure = { method: string; path: RegExp; status: number; message: string; times: number };

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const blobSha = (content: string) => sha1(`blob ${Buffer.byteLength(content)}\0${content}`);

export async function startFakeGithub(options: { port?: number; host?: string; onRequest?: (line: string) => void } = {}) {
  const repos = new Map<string, Repo>();
  const tokens = new Map<string, TokenGrant>();
  const installations = new Map<string, InstallationInit>();
  const requests: RecordedGithubRequest[] = [];
  const failures: ScriptedFailure[] = [];
  // comment ids are global on GitHub, like here
  let nextCommentId = 1001;
  let baseUrl = "";

  function addRepo(init: FakeRepoInit) {
    const defaultBranch = init.defaultBranch ?? "main";
    const files = new Map(Object.entries(init.files ?? { "README.md": `# ${init.fullName}\n` }));
    const root: Commit = {
      sha: sha1(`root:${init.fullName}:${randomBytes(4).toString("hex")}`),
      files,
      message: "Initial commit",
      parent: null,
    };
    repos.set(init.fullName.toLowerCase(), {
      fullName: init.fullName,
      defaultBranch,
      archived: init.archived ?? false,
      restrictBranchCreation: init.restrictBranchCreation ?? false,
      branches: new Map([[defaultBranch, root.sha]]),
      commits: new Map([[root.sha, root]]),
      pulls: [],
      nextNumber: 1,
      comments: [],
    });
  }

  const grantSees = (g: TokenGrant, fullName: string) => g.repos === "*" || g.repos.some((r) => r.toLowerCase() === fullName.toLowerCase());

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: Record<string, unknown> = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        body = {};
      }
      const method = req.method ?? "GET";
      const auth = req.headers.authorization ?? null;
      const send = (status: number, data: unknown) => {
        options.onRequest?.(`${method} ${url.pathname} → ${status}`);
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(data === undefined ? "" : JSON.stringify(data));
      };
      const fail = (status: number, message: string) =>
        send(status, { message, documentation_url: "https://docs.github.com/rest", status: String(status) });

      if (url.pathname === "/health") return send(200, { ok: true });
      if (url.pathname.startsWith("/__control/")) return control(method, url.pathname, body, send);
      requests.push({ method, path: url.pathname + url.search, auth, body: raw ? body : undefined });

      const scripted = failures.find((f) => f.method === method && f.path.test(url.pathname));
      if (scripted) {
        if (--scripted.times <= 0) failures.splice(failures.indexOf(scripted), 1);
        return fail(scripted.status, scripted.message);
      }

      const token = auth?.replace(/^(token|bearer)\s+/i, "") ?? null;

      // App installation tokens: the caller proves it is the App with a JWT signed by its key
      const install = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(url.pathname);
      if (install && method === "POST") {
        const inst = installations.get(install[1]);
        const claims = token ? decodeJwt(token) : null;
        if (!inst || !claims || String(claims.iss) !== inst.appId) return fail(401, "A JSON web token could not be decoded");
        const issued = `ghs_${randomBytes(16).toString("hex")}`;
        const permissions = inst.permissions ?? { contents: "write", pull_requests: "write", metadata: "read" };
        tokens.set(issued, { repos: inst.repos, push: permissions.contents === "write" });
        return send(201, {
          token: issued,
          expires_at: new Date(Date.now() + 3600_000).toISOString(),
          permissions,
          repository_selection: inst.repos === "*" ? "all" : "selected",
        });
      }

      const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
      if (!m) return fail(404, "Not Found");
      const grant = token ? tokens.get(token) : undefined;
      if (!grant) return fail(401, "Bad credentials");
      const fullName = `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`;
      const repo = repos.get(fullName.toLowerCase());
      if (!repo || !grantSees(grant, fullName)) return fail(404, "Not Found");
      const rest = m[3] ?? "";
      const isWrite = method !== "GET";
      if (isWrite && !grant.push) return fail(403, "Resource not accessible by personal access token");

      if (rest === "" && method === "GET") {
        return send(200, {
          id: 1,
          name: repo.fullName.split("/")[1],
          full_name: repo.fullName,
          private: true,
          archived: repo.archived,
          default_branch: repo.defaultBranch,
          html_url: `https://github.test/${repo.fullName}`,
          permissions: { admin: false, maintain: false, push: grant.push, triage: grant.push, pull: true },
        });
      }

      const ref = /^\/git\/ref\/(.+)$/.exec(rest);
      if (ref && method === "GET") {
        const name = decodeURIComponent(ref[1]).replace(/^heads\//, "");
        const head = repo.branches.get(name);
        if (!head) return fail(404, "Not Found");
        return send(200, { ref: `refs/heads/${name}`, object: { sha: head, type: "commit" } });
      }
      if (rest === "/git/refs" && method === "POST") {
        const name = String(body.ref ?? "").replace(/^refs\/heads\//, "");
        if (repo.restrictBranchCreation)
          return fail(422, "Repository rule violations found\n\nCannot create ref due to creations being restricted.");
        if (repo.branches.has(name)) return fail(422, "Reference already exists");
        if (!repo.commits.has(String(body.sha))) return fail(422, "Object does not exist");
        repo.branches.set(name, String(body.sha));
        return send(201, { ref: `refs/heads/${name}`, object: { sha: body.sha, type: "commit" } });
      }

      const tree = /^\/git\/trees\/(.+)$/.exec(rest);
      if (tree && method === "GET") {
        const key = decodeURIComponent(tree[1]);
        const commit = repo.commits.get(repo.branches.get(key) ?? key);
        if (!commit) return fail(404, "Not Found");
        const entries = [...commit.files.entries()].map(([path, content]) => ({
          path,
          mode: "100644",
          type: "blob",
          sha: blobSha(content),
          size: Buffer.byteLength(content),
        }));
        return send(200, { sha: commit.sha, tree: entries, truncated: false });
      }

      const contents = /^\/contents\/(.+)$/.exec(rest);
      if (contents) {
        const path = decodeURIComponent(contents[1]);
        if (method === "GET") {
          const branch = url.searchParams.get("ref") ?? repo.defaultBranch;
          const commit = repo.commits.get(repo.branches.get(branch) ?? branch);
          const content = commit?.files.get(path);
          if (content === undefined) return fail(404, "Not Found");
          return send(200, {
            type: "file",
            encoding: "base64",
            path,
            name: path.split("/").pop(),
            size: Buffer.byteLength(content),
            sha: blobSha(content),
            content: Buffer.from(content).toString("base64"),
          });
        }
        if (method === "PUT") {
          const branch = String(body.branch ?? repo.defaultBranch);
          const headSha = repo.branches.get(branch);
          if (!headSha) return fail(404, `Branch ${branch} not found`);
          const head = repo.commits.get(headSha)!;
          const existing = head.files.get(path);
          if (existing !== undefined && !body.sha) return fail(422, `Invalid request.\n\n"sha" wasn't supplied.`);
          if (existing !== undefined && body.sha !== blobSha(existing)) return fail(409, `${path} does not match ${body.sha}`);
          const content = Buffer.from(String(body.content ?? ""), "base64").toString("utf8");
          const files = new Map(head.files);
          files.set(path, content);
          const commit: Commit = {
            sha: sha1(`${headSha}:${path}:${content}:${randomBytes(4).toString("hex")}`),
            files,
            message: String(body.message ?? ""),
            parent: headSha,
          };
          repo.commits.set(commit.sha, commit);
          repo.branches.set(branch, commit.sha);
          return send(existing === undefined ? 201 : 200, {
            content: { path, sha: blobSha(content) },
            commit: { sha: commit.sha, message: commit.message },
          });
        }
      }

      if (rest === "/pulls" && method === "GET") {
        const head = url.searchParams.get("head");
        const state = url.searchParams.get("state") ?? "open";
        const list = repo.pulls.filter(
          (p) =>
            (!head || `${repo.fullName.split("/")[0]}:${p.head}`.toLowerCase() === head.toLowerCase()) &&
            (state === "all" || p.state === state),
        );
        return send(200, list.map(pullJson));
      }
      if (rest === "/pulls" && method === "POST") {
        const head = String(body.head ?? "");
        const base = String(body.base ?? "");
        if (!repo.branches.has(head)) return fail(422, "Validation Failed: head invalid");
        if (repo.pulls.some((p) => p.head === head && p.state === "open"))
          return fail(422, `Validation Failed: A pull request already exists for ${repo.fullName.split("/")[0]}:${head}.`);
        if (repo.branches.get(head) === repo.branches.get(base))
          return fail(422, `Validation Failed: No commits between ${base} and ${head}`);
        const number = repo.nextNumber++;
        const pull: FakePull = {
          number,
          title: String(body.title ?? ""),
          body: String(body.body ?? ""),
          head,
          base,
          state: "open",
          merged: false,
          labels: [],
          html_url: `https://github.test/${repo.fullName}/pull/${number}`,
        };
        repo.pulls.push(pull);
        return send(201, pullJson(pull));
      }
      const onePull = /^\/pulls\/(\d+)$/.exec(rest);
      if (onePull && (method === "GET" || method === "PATCH")) {
        const pull = repo.pulls.find((p) => p.number === Number(onePull[1]));
        if (!pull) return fail(404, "Not Found");
        if (method === "PATCH") {
          if (typeof body.title === "string") pull.title = body.title;
          if (typeof body.body === "string") pull.body = body.body;
          if (body.state === "open" || body.state === "closed") pull.state = body.state;
        }
        return send(200, pullJson(pull));
      }
      const labels = /^\/issues\/(\d+)\/labels$/.exec(rest);
      if (labels && method === "POST") {
        const pull = repo.pulls.find((p) => p.number === Number(labels[1]));
        if (!pull) return fail(404, "Not Found");
        for (const l of (body.labels as string[]) ?? []) if (!pull.labels.includes(l)) pull.labels.push(l);
        return send(
          200,
          pull.labels.map((name) => ({ name })),
        );
      }
      const issueComments = /^\/issues\/(\d+)\/comments$/.exec(rest);
      if (issueComments && (method === "GET" || method === "POST")) {
        const number = Number(issueComments[1]);
        if (!repo.pulls.some((p) => p.number === number)) return fail(404, "Not Found");
        if (method === "GET")
          return send(
            200,
            repo.comments.filter((c) => c.issue_number === number),
          );
        const now = new Date().toISOString();
        const id = nextCommentId++;
        const comment = {
          id,
          issue_number: number,
          body: String(body.body ?? ""),
          html_url: `https://github.test/${repo.fullName}/pull/${number}#issuecomment-${id}`,
          created_at: now,
          updated_at: now,
        };
        repo.comments.push(comment);
        return send(201, comment);
      }
      const oneComment = /^\/issues\/comments\/(\d+)$/.exec(rest);
      if (oneComment && (method === "PATCH" || method === "DELETE")) {
        const comment = repo.comments.find((c) => c.id === Number(oneComment[1]));
        if (!comment) return fail(404, "Not Found");
        if (method === "DELETE") {
          repo.comments.splice(repo.comments.indexOf(comment), 1);
          return send(204, undefined);
        }
        comment.body = String(body.body ?? comment.body);
        comment.updated_at = new Date().toISOString();
        return send(200, comment);
      }
      return fail(404, `Not Found (fake GitHub has no ${method} ${rest || "/"})`);
    });
  });

  function pullJson(p: FakePull) {
    return {
      number: p.number,
      title: p.title,
      body: p.body,
      state: p.state,
      merged: p.merged,
      html_url: p.html_url,
      head: { ref: p.head },
      base: { ref: p.base },
      labels: p.labels.map((name) => ({ name })),
    };
  }

  function control(method: string, path: string, body: Record<string, unknown>, send: (status: number, data: unknown) => void) {
    if (method === "POST" && path === "/__control/repos") {
      addRepo(body as unknown as FakeRepoInit);
      return send(204, undefined);
    }
    if (method === "POST" && path === "/__control/tokens") {
      tokens.set(String(body.token), { repos: (body.repos as string[] | "*") ?? "*", push: body.push !== false });
      return send(204, undefined);
    }
    // a pull request the journey says exists (its branch and commits do not matter to comments on it)
    if (method === "POST" && path === "/__control/pulls") {
      const repo = repos.get(String(body.repo).toLowerCase());
      if (!repo) return send(404, { message: "unknown repository" });
      const number = Number(body.number);
      repo.pulls.push({
        number,
        title: String(body.title ?? `Pull request ${number}`),
        body: "",
        head: `pr-${number}`,
        base: repo.defaultBranch,
        state: body.merged ? "closed" : "open",
        merged: Boolean(body.merged),
        labels: [],
        html_url: `https://github.test/${repo.fullName}/pull/${number}`,
      });
      repo.nextNumber = Math.max(repo.nextNumber, number + 1);
      return send(204, undefined);
    }
    if (method === "GET" && path === "/__control/state") return send(200, api.state());
    return send(404, { message: "unknown control call" });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${(server.address() as AddressInfo).port}`;

  const api = {
    url: baseUrl,
    requests,
    addRepo,
    addToken(token: string, grant: TokenGrant) {
      tokens.set(token, grant);
    },
    addInstallation(init: InstallationInit) {
      installations.set(init.id, init);
    },
    /** answer the next `times` matching requests with an error */
    failNext(method: string, path: RegExp, status: number, message: string, times = 1) {
      failures.push({ method, path, status, message, times });
    },
    repo(fullName: string) {
      const r = repos.get(fullName.toLowerCase());
      if (!r) throw new Error(`no fake repo ${fullName}`);
      return {
        pulls: r.pulls,
        branches: r.branches,
        comments: r.comments,
        /** a file's content at the head of a branch */
        file(branch: string, path: string) {
          return r.commits.get(r.branches.get(branch) ?? "")?.files.get(path);
        },
        /** commits on a branch not on the default branch */
        commitsAhead(branch: string) {
          const base = r.branches.get(r.defaultBranch);
          let sha = r.branches.get(branch) ?? null;
          let n = 0;
          while (sha && sha !== base) {
            n++;
            sha = r.commits.get(sha)?.parent ?? null;
          }
          return n;
        },
      };
    },
    state() {
      return [...repos.values()].map((r) => ({
        fullName: r.fullName,
        branches: Object.fromEntries(r.branches),
        pulls: r.pulls.map(pullJson),
        comments: r.comments,
      }));
    },
    reset() {
      repos.clear();
      tokens.clear();
      installations.clear();
      requests.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return api;
}

export type FakeGithub = Awaited<ReturnType<typeof startFakeGithub>>;

function decodeJwt(jwt: string): Record<string, unknown> | null {
  const parts = jwt.split(".");
  if (parts.length !== 3) return null;
  try {
    return JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
