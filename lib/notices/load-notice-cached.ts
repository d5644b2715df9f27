import "server-only";
import { cache } from "react";
import { loadNotice } from "./load-notice";

/** One database read per request, shared by generateMetadata and the page. */
export const loadNoticeCached = cache(loadNotice);
