"use client";
import { createContext } from "react";
import type { WindowContent } from "@/lib/notices/content/schema";
import type { CatalogOptions } from "@/lib/notices/preview/catalog-options";

/** What blocks deep in the form need of the whole draft (the impact table's preview, Markdown previews). */
export interface DraftFacts {
  impactCatalog: CatalogOptions;
  windows: WindowContent[];
  screenChannelKeys: string[];
  errorCode: string | null;
}

export const DraftFactsContext = createContext<DraftFacts | null>(null);
