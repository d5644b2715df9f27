import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { actions, allows, pageForWorker, pages, routes, visitorRoles, visitors, type Visitor } from "./support/console-access";
import { closeDatabase, databaseDigest, fillUrl } from "./support/console-access-db";
import { createStaffUser, signInAs } from "./support/staff";

// The authorization matrix (e2e/support/console-access.ts) against the production
// build: every console page, server action and route handler, asked by each kind of
// visitor. Pages: anonymous → sign-in, a missing role → 403, allowed → 200. Route
// handlers: 401 / 403 / an answer that is not a refusal. Server actions are POSTed
// the way Next's client calls them (the Next-Action header with the id from the
// build's server-reference manifest, an empty form as the argument): a refused
// visitor is sent to sign-in or gets the 403 fallback and the database is unchanged;
// an allowed one gets past the role check to the form's validation reply.

const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";

/**
 * One HTTP client per visitor for the whole file: no cookie for anonymous, a staff user's
 * session otherwise. Made once, not per case: a case only asks and reads, and what an
 * allowed action "runs" with an empty form (sign out everywhere ends every session of its
 * user) gets a user of its own (`ownClient`).
 */
const clients = new Map<Visitor, APIRequestContext>();
const contexts: BrowserContext[] = [];

async function newClient(browser: Browser, visitor: Visitor, baseURL: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  contexts.push(context);
  if (visitor !== "anonymous") await signInAs(context, await createStaffUser([visitorRoles[visitor]], `権限 ${visitor}`), baseURL);
  return context.request;
}

async function clientFor(browser: Browser, visitor: Visitor, baseURL: string): Promise<APIRequestContext> {
  let client = clients.get(visitor);
  if (!client) clients.set(visitor, (client = await newClient(browser, visitor, baseURL)));
  return client;
}

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await closeDatabase();
});

const location = (response: APIResponse) => response.headers()["location"] ?? "";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

function serverActionsOfTheBuild(): Map<string, { id: string; workers: string[] }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Record<string, Record<string, ManifestEntry> | string>;
  const found = new Map<string, { id: string; workers: string[] }>();
  for (const layer of ["node", "edge"]) {
    for (const [id, entry] of Object.entries((manifest[layer] ?? {}) as Record<string, ManifestEntry>)) {
      const key = `${entry.filename}#${entry.exportedName}`;
      const known = found.get(key);
      found.set(key, { id, workers: [...(known?.workers ?? []), ...Object.keys(entry.workers)] });
    }
  }
  return found;
}

test.describe("console pages", () => {
  for (const page of pages) {
    for (const visitor of visitors) {
      const allowed = allows(page.audience, visitor);
      test(`${page.url} as ${visitor}: ${allowed ? "allowed" : "refused"}`, async ({ browser, baseURL }) => {
        const request = await clientFor(browser, visitor, baseURL!);
        const response = await request.get(await fillUrl(page.url), { maxRedirects: 0 });
        if (allowed) expect(response.status()).toBe(200);
        else if (page.audience === "signed-out") {
          expect(response.status()).toBeGreaterThanOrEqual(300);
          expect(response.status()).toBeLessThan(400);
          expect(location(response)).toMatch(/\/admin$/);
        } else if (visitor === "anonymous") {
          expect(response.status()).toBeGreaterThanOrEqual(300);
          expect(response.status()).toBeLessThan(400);
          expect(location(response)).toMatch(/\/admin\/sign-in$/);
        } else {
          expect(response.status()).toBe(403);
          expect(await response.text()).toContain("この画面を使う権限がありません");
        }
      });
    }
  }
});

test.describe("server actions", () => {
  const built = serverActionsOfTheBuild();

  test("the table names exactly the server actions of the build", () => {
    const named = actions.map((entry) => `${entry.file}#${entry.name}`).sort();
    expect([...built.keys()].sort()).toEqual(named);
  });

  for (const action of actions) {
    for (const visitor of visitors) {
      const allowed = allows(action.audience, visitor);
      test(`${action.name} (${action.file}) as ${visitor}: ${allowed ? "allowed" : "refused"}`, async ({ browser, baseURL }) => {
        const reference = built.get(`${action.file}#${action.name}`);
        expect(reference, "the action is in the build's server-reference manifest").toBeDefined();
        // the action is POSTed to a page that uses it, as the browser would
        const page = reference!.workers.map(pageForWorker).find(Boolean);
        expect(page, `a page entry for one of ${reference!.workers.join(", ")}`).toBeDefined();
        const request = allowed && action.emptyForm === "runs" ? await newClient(browser, visitor, baseURL!) : await clientFor(browser, visitor, baseURL!);
        const url = await fillUrl(page!.url);
        const before = await databaseDigest();
        // React's encodeReply of (previousState = undefined, formData = an empty form): field 0 is the argument list, $K1 the form
        const response = await request.post(url, {
          headers: { "Next-Action": reference!.id, Accept: "text/x-component" },
          multipart: { "0": JSON.stringify(["$undefined", "$K1"]) },
          maxRedirects: 0,
        });
        const body = await response.text();
        const redirect = response.headers()["x-action-redirect"] ?? "";
        if (!allowed) {
          if (visitor === "anonymous") expect(redirect, `status ${response.status()}`).toMatch(/^\/admin\/sign-in(;|$)/);
          // forbidden() in an action: Next answers 200 with the 403 fallback as the action's error row (the client then shows forbidden.tsx)
          else expect(response.status() === 403 || body.includes('"digest":"NEXT_HTTP_ERROR_FALLBACK;403"'), `status ${response.status()}: ${body.slice(0, 300)}`).toBe(true);
          expect(await databaseDigest(), "a refused action changes nothing").toEqual(before);
        } else {
          expect(redirect).not.toMatch(/sign-in/);
          expect(body).not.toContain("NEXT_HTTP_ERROR_FALLBACK;403");
          expect(response.status(), body.slice(0, 300)).toBe(200);
          if (action.emptyForm === "validation") {
            // Conform's reply to a form that does not parse, or a query action's (lib/actions/query-client.ts)
            expect(body.includes('"status":"error"') || body.includes('"ok":false'), body.slice(0, 300)).toBe(true);
            expect(await databaseDigest(), "an empty form changes nothing").toEqual(before);
          }
        }
      });
    }
  }
});

test.describe("console route handlers", () => {
  for (const route of routes) {
    for (const visitor of visitors) {
      const allowed = allows(route.audience, visitor);
      test(`${route.method} ${route.url} as ${visitor}: ${allowed ? "allowed" : "refused"}`, async ({ browser, baseURL }) => {
        const request = await clientFor(browser, visitor, baseURL!);
        const url = await fillUrl(route.url);
        const before = await databaseDigest();
        const response = await request.fetch(url, {
          method: route.method,
          ...(route.method === "GET" || route.method === "HEAD" ? {} : { data: {} }),
          maxRedirects: 0,
        });
        const status = response.status();
        if (route.audience === "nobody") expect(status).toBe(404);
        else if (!allowed) expect(status).toBe(route.refusedStatus ?? (visitor === "anonymous" ? 401 : 403));
        else {
          expect([401, 403, 404], `${status} is a refusal`).not.toContain(status);
          expect(status).toBeLessThan(500);
        }
        if (!allowed) expect(await databaseDigest(), "a refused request changes nothing").toEqual(before);
      });
    }
  }
});
