"use server";
import { defineAction } from "@/lib/actions/action-client";
import { now } from "@/lib/clock";
import { reissueSession } from "@/lib/auth/session-cookie";
import { confirmEnrolmentSchema, regenerateRecoveryCodesSchema } from "@/lib/auth/two-factor/schemas";
import { confirmEnrolment, regenerateRecoveryCodes } from "@/lib/auth/two-factor/two-factor";

/** The first code from the app confirms the enrolment; this browser's session carries on with the factor passed. */
export const confirmEnrolmentAction = defineAction({
  schema: confirmEnrolmentSchema,
  roles: "signed-in",
  session: "may-enrol",
  async run(input, { tx, user }) {
    const { recoveryCodes, sessionVersion } = await confirmEnrolment(tx, user.id, input, now());
    return { data: { recoveryCodes }, afterCommit: () => reissueSession(user, sessionVersion) };
  },
});

export const regenerateRecoveryCodesAction = defineAction({
  schema: regenerateRecoveryCodesSchema,
  roles: "signed-in",
  async run(_input, { tx, user, actor }) {
    return { data: { recoveryCodes: await regenerateRecoveryCodes(tx, user.id, actor) } };
  },
});
