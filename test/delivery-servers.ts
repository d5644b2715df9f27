// Real receivers for the delivery tests: an SMTP server (npm smtp-server) and an HTTPS
// webhook receiver (node:https with a self-signed certificate made by openssl), both on
// loopback, and the notification worker as a child process (scripts/worker.ts), which is
// what `npm run worker` runs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const control = { delayMs: 0, dataStarted: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      // an address that bounces: 550 (permanent)
      if (address.address.startsWith("bounce")) return callback(Object.assign(new Error("5.1.1 No such user"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      control.dataStarted++;
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        // the reply waits: a worker killed meanwhile never hears that the mail was accepted
        if (control.delayMs) await new Promise((r) => setTimeout(r, control.delayMs));
        const parsed = await simpleParser(Buffer.concat(chunks));
        received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
        callback();
      });
    },
  });
  // a client killed mid-transaction resets its connection: expected here, not a failure of the server
  const errors: Error[] = [];
  server.on("error", (error) => errors.push(error));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, control, errors, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface ReceivedHook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
}

export async function startWebhookReceiver() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hook-tls-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "pipe" });
  const received: ReceivedHook[] = [];
  const control = { failNext: 0 };
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (request, response) => {
    let body = "";
    request.on("data", (c) => (body += c));
    request.on("end", () => {
      const status = control.failNext > 0 ? 503 : 204;
      if (control.failNext > 0) control.failNext--;
      received.push({ headers: request.headers, body, status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p = "/hook") => `https://127.0.0.1:${port}${p}`,
    caFile: cert,
    received,
    control,
    close: () => new Promise<void>((r) => server.close(() => (fs.rmSync(dir, { recursive: true, force: true }), r()))),
  };
}

/** `npm run worker`'s process (scripts/worker.ts under tsx), with test settings. */
export function startWorkerProcess(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  const root = path.resolve(__dirname, "..");
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // its own process group: tsx runs the script in a child node process, and a kill must reach that one
    detached: true,
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes("notification worker running")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

/** Signals the worker's whole process group (tsx and the node process it runs the worker in) and waits for it to exit. */
export async function stopWorkerProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, signal);
  await exited;
  // SIGKILL: the group's other processes die with it; make sure none is left running
  if (signal === "SIGKILL") await waitForGroupGone(child.pid!);
}

async function waitForGroupGone(pgid: number) {
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`worker process group ${pgid} still alive after SIGKILL`);
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, what = "the condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
