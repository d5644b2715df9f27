import { describe, expect, it } from "vitest";
import { markdownPlainText, markdownToText, newRenderContext, renderInline, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("numbers footnote references per block and links them both ways", () => {
    const ctx = newRenderContext("s1-b0", ["pci-dss", "security-patch"], null);
    const html = renderMarkdown("PCI DSS[^pci-dss] に準拠するため、セキュリティパッチ[^security-patch] の適用", ctx);
    expect(html).toContain('<sup class="fn-ref"><a href="#s1-b0-fn-1" id="s1-b0-ref-1">※1</a></sup>');
    expect(html).toContain('<a href="#s1-b0-fn-2" id="s1-b0-ref-2">※2</a>');
  });
  it("gives a repeated reference its own id", () => {
    const ctx = newRenderContext("t", ["test-environment"], null);
    renderInline("a[^test-environment]", ctx);
    expect(renderInline("b[^test-environment]", ctx)).toContain('id="t-ref-1-2"');
  });
  it("puts the error code in, in code style, escaped", () => {
    const ctx = newRenderContext("x", [], "Z010000000");
    expect(renderInline("エラーコード「{{errorCode}}」を返却します。", ctx)).toBe("エラーコード「<code>Z010000000</code>」を返却します。");
  });
  it("emphasises next to Japanese punctuation", () => {
    expect(renderInline("場合は、**【資料2】**をご参照ください。")).toBe("場合は、<strong>【資料2】</strong>をご参照ください。");
  });
  it("escapes HTML in prose", () => {
    expect(renderInline("<script>alert(1)</script>")).not.toContain("<script>");
  });
  it("leaves an unknown footnote key visible rather than dropping it", () => {
    expect(renderInline("x[^nope]", newRenderContext("a", [], null))).toContain("[^nope]");
  });
});

describe("cross-references to attachments", () => {
  const attachments = [
    { number: 1, anchor: "attachment-1" },
    { number: 2, anchor: "attachment-2" },
  ];
  const ctx = () => newRenderContext("b", [], null, attachments);
  it("links every way the letters write them to the attachment with that number", () => {
    expect(renderInline("画面 (【別紙 1】参照) に切替わり", ctx())).toBe('画面 (<a href="#attachment-1" class="xref">【別紙 1】</a>参照) に切替わり');
    expect(renderInline("画面 (【別紙①】参照)に切替わり", ctx())).toContain('<a href="#attachment-1" class="xref">【別紙①】</a>');
    expect(renderInline("表示されます。 【資料1】 参照", ctx())).toContain('<a href="#attachment-1" class="xref">【資料1】</a> 参照');
    expect(renderInline("(see Attachment 1) and Attachment 2", ctx())).toBe(
      '(see <a href="#attachment-1" class="xref">Attachment 1</a>) and <a href="#attachment-2" class="xref">Attachment 2</a>',
    );
  });
  it("links inside emphasis, as 001 writes 【資料2】", () => {
    expect(renderInline("場合は、**【資料2】**をご参照ください。", ctx())).toBe(
      '場合は、<strong><a href="#attachment-2" class="xref">【資料2】</a></strong>をご参照ください。',
    );
  });
  it("follows the numbering it is given, and leaves a reference to no attachment as text", () => {
    const renumbered = newRenderContext("b", [], null, [{ number: 1, anchor: "screens" }]);
    expect(renderInline("【資料1】と【資料2】", renumbered)).toBe('<a href="#screens" class="xref">【資料1】</a>と【資料2】');
    expect(renderInline("【資料1】")).toBe("【資料1】");
  });
});

describe("markdownToText", () => {
  it("drops markup and footnote references", () => {
    expect(markdownToText("**【資料2】**をご参照ください[^a]。")).toBe("【資料2】をご参照ください。");
  });
});

describe("markdownPlainText", () => {
  it("keeps the words a reader sees and drops markup and footnote marks", () => {
    expect(markdownPlainText("「**【資料2】**を」ご覧ください[^note]。\n\n- `settle_method` の値\n- [加盟店管理画面](https://example.com/x) で確認")).toBe(
      "「【資料2】を」ご覧ください。 settle_method の値 加盟店管理画面 で確認",
    );
  });
});
