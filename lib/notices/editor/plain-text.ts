// A revision's content as plain text, for showing two versions side by side when a
// save meets someone else's (the conflict view): what a person reads and compares,
// not a rendering of the page.
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import type { EditorContent } from "./values";

type AnyContent = RevisionContentInput | EditorContent;
const ja = (value: { ja?: string } | undefined) => value?.ja ?? "";

export function contentAsText(content: AnyContent): string {
  const lines: string[] = [`タイトル: ${ja(content.title)}`];
  if (ja(content.addressee)) lines.push(`宛名: ${ja(content.addressee)}`);
  lines.push("", ja(content.lead), "");
  for (const w of content.windows ?? []) lines.push(`停止日時 ${w.key}: ${String(w.startsAt)} ～ ${String(w.endsAt)}${w.status === "CANCELLED" ? "(中止)" : ""}`);
  for (const section of content.sections) {
    lines.push("", `■ ${ja(section.heading) || section.key}`);
    for (const block of section.blocks) {
      if (block.type === "PROSE") lines.push(ja(block.body));
      else if (block.type === "WINDOWS") lines.push(`[停止日時] ${ja(block.label)}`);
      else lines.push(`[${block.type}]`);
    }
  }
  if (content.merchantAction.text) lines.push("", `加盟店様の対応: ${ja(content.merchantAction.text)}`);
  if (content.screen) lines.push(`エラーコード: ${content.screen.errorCode}`);
  return lines.join("\n");
}
