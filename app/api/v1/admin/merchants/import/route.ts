import { defineTokenRoute } from "@/lib/actions/route-handler";
import { authenticate, importRequestSchema, parseImportRequest, runImportRequest } from "@/lib/merchants/import-api";

// The merchant master's import API (ADR 0015), for integrations with a bearer token.
export const POST = defineTokenRoute({ schema: importRequestSchema, authenticate, parse: parseImportRequest, run: runImportRequest });
