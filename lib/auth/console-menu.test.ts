import { describe, expect, it } from "vitest";
import { consoleMenu } from "./console-menu";

// The menu follows Decision 5: roles side by side, not a ladder.
describe("consoleMenu", () => {
  const hrefs = (roles: Parameters<typeof consoleMenu>[0]) => consoleMenu(roles).map((item) => item.href);

  it("shows an editor the dashboard and the notices only", () => {
    expect(hrefs(["EDITOR"])).toEqual(["/admin", "/admin/notices", "/admin/account/two-factor"]);
  });

  it("adds the audit log for approvers", () => {
    expect(hrefs(["EDITOR", "APPROVER"])).toEqual(["/admin", "/admin/notices", "/admin/audit", "/admin/notifications", "/admin/account/two-factor"]);
  });

  it("gives an admin the administration pages, and an admin who is not an editor still reads the notices", () => {
    expect(hrefs(["ADMIN"])).toEqual([
      "/admin",
      "/admin/notices",
      "/admin/audit",
      "/admin/notifications",
      "/admin/users",
      "/admin/catalog",
      "/admin/contacts",
      "/admin/notifications/suppressions",
      "/admin/mailbox",
      "/admin/account/two-factor",
    ]);
  });
});
