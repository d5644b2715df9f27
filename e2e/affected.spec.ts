import { expect, test, type Page } from "@playwright/test";

// One definition of "affected" (lib/affected), seen from outside: the JSON API's filters
// answer what the index answers, and each notice page says what stops. Against the
// seeded production build over real HTTP.
const scheduled = "2019-07-29-webcollect-scheduled-maintenance";
const extraordinary = "2020-04-20-webcollect-extraordinary-maintenance";

const apiSlugs = async (page: Page, query: string) => {
  const response = await page.request.get(`/api/v1/notices?${query}`);
  expect(response.status(), query).toBe(200);
  return ((await response.json()).notices as { slug: string }[]).map((n) => n.slug).sort();
};

/** The slugs the index lists for a query (the notices' title links). */
const indexSlugs = async (page: Page, path: string) => {
  await page.goto(path);
  const hrefs = await page.locator(".notice-item__title a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/^(\/en)?\/notices\//, "")).sort();
};

test.describe("affected: the API answers what the index answers", () => {
  test("?paymentMethod=credit-card lists 000, au かんたん決済 does not list 001, as on the index", async ({ page }) => {
    test.setTimeout(120_000);
    const creditCard = await apiSlugs(page, "paymentMethod=credit-card");
    expect(creditCard).toEqual(expect.arrayContaining([scheduled, extraordinary]));
    expect(await indexSlugs(page, "/?paymentMethod=credit-card")).toEqual(creditCard);
    await page.screenshot({ path: "test-results/screenshots/index-filter-credit-card.png", fullPage: true });

    const au = await apiSlugs(page, "paymentMethod=au-easy-payment");
    expect(au).not.toContain(extraordinary);
    expect(await indexSlugs(page, "/?paymentMethod=au-easy-payment")).toEqual(au);

    for (const query of ["service=atobarai", "channel=merchant-console", "channel=test-environment&kind=SCHEDULED", "paymentMethod=bank-transfer"])
      expect({ query, slugs: await indexSlugs(page, `/en?${query}`) }).toEqual({ query, slugs: await apiSlugs(page, query) });
  });

  test("a bad filter is a 400 naming the parameter from the API, a reported and dropped condition on the index", async ({ page }) => {
    const api = await page.request.get("/api/v1/notices?paymentMethod=creditcard");
    expect(api.status()).toBe(400);
    expect(api.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await api.json()).toMatchObject({ error: "invalid_parameter", parameter: "paymentMethod", value: "creditcard", reason: "unknown" });
    expect((await page.request.get("/api/v1/notices?kind=weekly")).status()).toBe(400);

    const index = await page.goto("/?paymentMethod=creditcard");
    expect(index?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("決済方法「creditcard」は見つかりません。");
  });

  test("a filtered list keeps its ETag and answers 304 to a current copy", async ({ page }) => {
    const first = await page.request.get("/api/v1/notices?service=atobarai");
    const etag = first.headers()["etag"]!;
    expect(etag).not.toBe((await page.request.get("/api/v1/notices")).headers()["etag"]);
    expect((await page.request.get("/api/v1/notices?service=atobarai", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  });
});

const facts = (page: Page, name: string) => page.getByRole("complementary", { name });
const row = (page: Page, box: string, label: string) => facts(page, box).locator(":scope > dl > div").filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }) });

test.describe("affected: what stops, at the top of each notice", () => {
  for (const width of [1280, 375]) {
    test(`000 and 001 in Japanese and English at ${width} px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });

      await page.goto(`/notices/${extraordinary}`);
      const stops001 = row(page, "概要", "停止するもの");
      await expect(stops001).toContainText("クロネコwebコレクト");
      await expect(stops001).toContainText("クロネコ代金後払いサービス (一部停止)");
      await expect(stops001).toContainText("クロネコペイ(モーダル)");
      await expect(stops001).toContainText("加盟店管理画面");
      await expect(stops001).not.toContainText("銀行振込");
      await expect(row(page, "概要", "ご利用いただけるもの")).toContainText("auかんたん決済、銀行振込");
      await facts(page, "概要").screenshot({ path: `test-results/screenshots/what-stops-001-ja-${width}.png` });

      await page.goto(`/en/notices/${extraordinary}`);
      await expect(row(page, "At a glance", "What stops")).toContainText("Kuroneko Deferred Payment Service (partly)");
      await expect(row(page, "At a glance", "Stays available")).toContainText("au Easy Payment, Bank transfer");
      await facts(page, "At a glance").screenshot({ path: `test-results/screenshots/what-stops-001-en-${width}.png` });

      await page.goto(`/notices/${scheduled}`);
      const stops000 = row(page, "概要", "停止するもの");
      await expect(stops000).toContainText("クレジットカード払い、コンビニオンライン払い、キャリア払い、クロネコペイ");
      await expect(stops000).toContainText("テスト環境(画面)");
      await expect(row(page, "概要", "ご利用いただけるもの")).toHaveCount(0);
      await facts(page, "概要").screenshot({ path: `test-results/screenshots/what-stops-000-ja-${width}.png` });

      await page.goto(`/en/notices/${scheduled}`);
      await expect(row(page, "At a glance", "What stops")).toContainText("Credit card, Convenience store online payment, Carrier billing, Kuroneko Pay");
      await facts(page, "At a glance").screenshot({ path: `test-results/screenshots/what-stops-000-en-${width}.png` });
      // nothing of the summary runs off a phone's screen
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
