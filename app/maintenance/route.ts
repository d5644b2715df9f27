import { serveScreen } from "./serve-screen";

// GET /maintenance?channel={key}&lang={ja|en}[&at=ISO]: the full-page maintenance screen (issue 10)
export const dynamic = "force-dynamic";

export const GET = (request: Request) => serveScreen(request, "full");
export const HEAD = GET;
