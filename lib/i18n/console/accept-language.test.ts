import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./accept-language";

describe("localeFromAcceptLanguage (the sign-in page's language)", () => {
  it("takes the first of ja and en the browser prefers", () => {
    expect(localeFromAcceptLanguage("ja,en;q=0.5")).toBe("ja");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.8,ja;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("ja-JP")).toBe("ja");
  });

  it("is Japanese when the browser names neither, or sends nothing", () => {
    expect(localeFromAcceptLanguage("fr-FR")).toBe("ja");
    expect(localeFromAcceptLanguage(null)).toBe("ja");
    expect(localeFromAcceptLanguage("")).toBe("ja");
  });
});
