// The dev-server supervisor with real child processes (never npx: tests download nothing): when the
// command cannot start, the app is told once, with the command to run; stopping ends the whole group.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planInngestDevServer, startInngestDevServer } from "./inngest-dev-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inngest-dev-server-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Running (a zombie waiting for a reaper that is not ours counts as ended). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("planInngestDevServer", () => {
  it("starts one by default, and with INNGEST_DEV=1", () => {
    expect(planInngestDevServer({})).toEqual({ start: true, url: "http://localhost:8288" });
    expect(planInngestDevServer({ INNGEST_DEV: "1" })).toEqual({ start: true, url: "http://localhost:8288" });
  });

  it("leaves it alone when INNGEST_DEV names a server, dev mode is off, or INNGEST_DEV_SERVER=off", () => {
    expect(planInngestDevServer({ INNGEST_DEV: "http://10.0.0.2:8288" })).toMatchObject({
      start: false,
      why: expect.stringContaining("10.0.0.2"),
    });
    expect(planInngestDevServer({ INNGEST_DEV: "0" })).toMatchObject({ start: false });
    expect(planInngestDevServer({ INNGEST_BASE_URL: "http://inngest.internal" })).toMatchObject({ start: false });
    expect(planInngestDevServer({ INNGEST_DEV_SERVER: "off" })).toEqual({ start: false, why: "INNGEST_DEV_SERVER=off" });
  });
});

describe("startInngestDevServer", () => {
  it("says once, plainly, that it could not start, with the exact command to run", async () => {
    const said: string[] = [];
    const server = startInngestDevServer({
      appUrl: "http://localhost:3123",
      logFile: path.join(dir, "failing.log"),
      // what npx prints offline, then exit 1
      command: [process.execPath, "-e", "console.error('npm error code EAI_AGAIN'); process.exit(1)"],
      say: (m) => said.push(m),
    });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    server.stop(); // nothing left to stop: no second message, no throw
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("Inngest dev server could not start (it exited with code 1)");
    expect(said[0]).toContain("npm error code EAI_AGAIN");
    expect(said[0]).toContain(
      "npx --yes --ignore-scripts=false inngest-cli@1.45.1 dev -u http://localhost:3123/api/inngest --no-discovery",
    );
    expect(said[0]).toContain("npm run outbox:flush");
  });

  it("reports a command that does not exist the same way", async () => {
    const said: string[] = [];
    const server = startInngestDevServer({
      appUrl: "http://localhost:3000",
      logFile: path.join(dir, "missing.log"),
      command: ["/nonexistent/npx"],
      say: (m) => said.push(m),
    });
    await server.exited;
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/could not start \(spawn \/nonexistent\/npx ENOENT\)/);
  });

  it("stop() ends the process and what it started (its process group), silently", async () => {
    const said: string[] = [];
    const pidFile = path.join(dir, "grandchild.pid");
    // like npx: a parent that starts the real server as a child of its own
    const script = `
      const { spawn } = require("node:child_process");
      const c = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));
      setInterval(() => {}, 1000);`;
    const server = startInngestDevServer({
      appUrl: "http://localhost:3000",
      logFile: path.join(dir, "running.log"),
      command: [process.execPath, "-e", script],
      say: (m) => said.push(m),
    });
    const deadline = Date.now() + 10_000;
    while (!fs.existsSync(pidFile) || !fs.readFileSync(pidFile, "utf8")) {
      if (Date.now() > deadline) throw new Error("the fake dev server never started its child");
      await new Promise((r) => setImmediate(r));
    }
    const grandchild = Number(fs.readFileSync(pidFile, "utf8"));
    expect(alive(grandchild)).toBe(true);

    server.stop();
    expect((await server.exited).signal).toBe("SIGTERM");
    // the grandchild got the same SIGTERM; wait for it to end
    while (alive(grandchild) && Date.now() < deadline) await new Promise((r) => setImmediate(r));
    expect(alive(grandchild)).toBe(false);
    expect(said).toEqual([]);
  });
});
