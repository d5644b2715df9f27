import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { actions, pages, routes, type HttpMethod } from "@/e2e/support/console-access";

// The authorization matrix (e2e/support/console-access.ts) must name every console
// page, every server action and every console route handler that exists, and
// nothing that does not: a new route without an entry fails here, before any browser.

const root = path.resolve(__dirname, "..");
const httpMethods: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string): string[] {
  if (!fs.existsSync(path.join(root, dir))) return [];
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  const known = parsed.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  parsed.set(file, source);
  return source;
}

/** Whether the file starts with the directive (before any other statement). */
function hasFileDirective(source: ts.SourceFile, directive: string): boolean {
  for (const statement of source.statements) {
    if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
      if (statement.expression.text === directive) return true;
      continue;
    }
    return false;
  }
  return false;
}

/** Every directive "use server" inside a function body (an inline server action). */
function inlineServerDirectives(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.parent && ts.isFunctionLike(node.parent)) {
      for (const statement of node.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
        if (statement.expression.text === "use server") lines.push(source.getLineAndCharacterOfPosition(statement.getStart()).line + 1);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** The names a module exports at runtime (types left out). */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement)) names.push(statement.name?.text ?? "default");
    else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportDeclaration(statement) && !statement.exportClause) {
      throw new Error(`${source.fileName}: "export *" hides which actions or handlers exist; name them`);
    } else if (ts.isExportAssignment(statement)) names.push("default");
  }
  return names;
}

/** The URL pattern a file's place in app/ gives (route groups dropped). */
function routeSegments(file: string): string[] {
  return path
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
}

/** Whether the table's URL is one the file answers. */
function urlMatchesFile(url: string, file: string): boolean {
  const pattern = routeSegments(file);
  const parts = url.split("?")[0]!.split("/").filter(Boolean);
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    if (/^\[\[?\.\.\./.test(segment)) return segment.startsWith("[[") || parts.length > i;
    if (parts[i] === undefined) return false;
    if (/^\[.+\]$/.test(segment)) continue;
    if (parts[i] !== segment) return false;
  }
  return parts.length === pattern.length;
}

const sourceFiles = ["app", "components", "lib"].flatMap(walk);
const consolePages = walk("app/(admin)").filter((file) => /\/page\.tsx?$/.test(file));
const routeFiles = [...walk("app/api").filter((file) => !file.startsWith("app/api/v1/")), ...walk("app/(admin)")].filter((file) => /\/route\.ts$/.test(file));
const serverFiles = sourceFiles.filter((file) => hasFileDirective(parse(file), "use server"));

describe("the authorization matrix names every console page", () => {
  test.each(consolePages)("%s has an entry", (file) => {
    expect(pages.filter((entry) => entry.file === file), `add ${file} to pages in e2e/support/console-access.ts`).toHaveLength(1);
  });
  test.each(pages.map((entry) => [entry.file, entry] as const))("the entry for %s names a page that exists, at its URL", (file, entry) => {
    expect(consolePages, `${file} is not a console page (any more)`).toContain(file);
    expect(urlMatchesFile(entry.url, file), `${entry.url} is not an address of ${file}`).toBe(true);
  });
});

describe("the authorization matrix names every server action", () => {
  const exported = serverFiles.flatMap((file) => exportedNames(parse(file)).map((name) => `${file}#${name}`));
  test("there is at least the console's sign-out-everywhere action (the walk finds \"use server\" files)", () => {
    expect(exported).toContain("app/(admin)/admin/(console)/actions.ts#signOutEverywhere");
  });
  test("every export of every \"use server\" file has an entry, and every entry such an export", () => {
    const named = actions.map((entry) => `${entry.file}#${entry.name}`);
    expect([...named].sort(), "e2e/support/console-access.ts actions vs the exports of \"use server\" files").toEqual([...exported].sort());
  });
  test("no inline server actions (\"use server\" inside a function): the table could not name them", () => {
    const inline = sourceFiles.flatMap((file) => inlineServerDirectives(parse(file)).map((line) => `${file}:${line}`));
    expect(inline, "move these into a \"use server\" file").toEqual([]);
  });
});

describe("the authorization matrix names every console route handler", () => {
  const handlers = routeFiles.flatMap((file) =>
    exportedNames(parse(file))
      .filter((name) => (httpMethods as readonly string[]).includes(name))
      .map((method) => `${method} ${file}`),
  );
  test("next-auth's handler is found (the walk reads route files)", () => {
    expect(handlers).toContain("POST app/api/auth/[...nextauth]/route.ts");
  });
  test("every exported method of every console route file has an entry, and every entry such a method", () => {
    const named = routes.map((entry) => `${entry.method} ${entry.file}`);
    expect([...new Set(named)].sort(), "e2e/support/console-access.ts routes vs the handlers in app/").toEqual([...handlers].sort());
  });
  test.each(routes.map((entry) => [`${entry.method} ${entry.url}`, entry] as const))("%s is an address of its file", (_, entry) => {
    expect(urlMatchesFile(entry.url, entry.file), `${entry.url} is not an address of ${entry.file}`).toBe(true);
  });
});
