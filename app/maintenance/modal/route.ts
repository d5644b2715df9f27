import { serveScreen } from "../serve-screen";

// GET /maintenance/modal?channel={key}&lang={ja|en}[&at=ISO]: the inline message for card forms, framed by merchants (issue 10)
export const dynamic = "force-dynamic";

export const GET = (request: Request) => serveScreen(request, "modal");
export const HEAD = GET;
