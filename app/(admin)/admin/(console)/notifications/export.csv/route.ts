import { ActionError } from "@/lib/actions/errors";
import { defineReadRoute } from "@/lib/actions/read-route";
import { jstDateKey } from "@/lib/format";
import { now } from "@/lib/clock";
import { sendLogCsvStream } from "@/lib/notifications/send-log/csv";
import { sendLogMessages } from "@/lib/notifications/send-log/messages";
import { sendLogFilterSchema } from "@/lib/notifications/send-log/query";
import { sendLogWhere } from "@/lib/notifications/send-log/read";

// The send log as CSV (approvers and admins, as the list): exactly the rows the list
// shows for the same filters (one WHERE, lib/notifications/send-log/read.ts), streamed.
export const GET = defineReadRoute({
  schema: sendLogFilterSchema,
  roles: ["APPROVER", "ADMIN"],
  run: async (filter, { user }) => {
    const built = await sendLogWhere(filter);
    if ("error" in built) throw new ActionError(sendLogMessages.errors[built.error.message], built.error.field);
    return new Response(sendLogCsvStream(built.where, user.locale), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="send-log-${jstDateKey(now())}.csv"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});
