// The servers the benchmark starts, each in its own process group on a loopback
// port, and stops again whatever happens (bench.mjs calls stop in `finally`).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

async function waitForHttp(url, { timeoutMs = 60_000, child } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopper(child, name, log) {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // the whole group: next start forks workers
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      log(`${name} did not stop on SIGTERM: killing it`);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
}

/** `next start` of the build in distDir, on 127.0.0.1:port. */
export async function startNext({ root, distDir, port, env, log }) {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = stopper(child, "next start", log);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, { child });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

export function findNginx() {
  return ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Debian's nginx serving `files` ({ "/name": Buffer }) as static files from a
 * temporary folder, with its own config, pid, logs and temp paths there. `server`:
 * more of the server block (the maintenance bundle's includes); `probe`: the path
 * waited for. nginx runs with TZ=UTC, as the maintenance bundle requires (ADR 0014).
 */
export async function startNginx({ binary, port, files, dir, log, server = "", probe = `/${Object.keys(files)[0]}` }) {
  const www = path.join(dir, "www");
  fs.mkdirSync(www, { recursive: true });
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(www, name), body);
  // the workers run as an unprivileged user when started as root: they must read the files
  for (const p of [dir, www]) fs.chmodSync(p, 0o755);
  for (const name of Object.keys(files)) fs.chmodSync(path.join(www, name), 0o644);
  const temp = (name) => path.join(dir, "tmp", name);
  const config = `
worker_processes auto;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  types { }
  default_type "text/html; charset=utf-8";
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / { try_files $uri =404; }
${server}
  }
}
`;
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn(binary, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")], {
    env: { TZ: "UTC" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = stopper(child, "nginx", log);
  try {
    await waitForHttp(`http://127.0.0.1:${port}${probe}`, { child, timeoutMs: 10_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}
