import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe-core over a page, every rule unless the caller narrows it. A page without frames is
 * scanned in legacy mode, axe.run in the page itself. The default mode runs a part in each
 * frame and then opens a blank page to merge the parts (axe.finishRun): a new renderer and
 * a second injection of axe each time, 2.7–3.7 s a page against 0.9–1.5 s in legacy mode,
 * measured on the public pages on an idle 2-core machine. Legacy mode does not look inside
 * frames (checked: an image without alt in an iframe is reported only by the default mode),
 * so a page with any (the brand page's embedded screens) keeps the default.
 */
export function accessibilityScan(page: Page): AxeBuilder {
  const builder = new AxeBuilder({ page });
  return page.frames().length > 1 ? builder : builder.setLegacyMode();
}
