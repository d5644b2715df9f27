import base from "./playwright.config";
export default { ...base, timeout: 120_000, webServer: { ...(base.webServer as object), stdout: "pipe", stderr: "pipe" } };
