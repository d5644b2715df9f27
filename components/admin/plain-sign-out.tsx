"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

// Sign-out for pages outside the console frame (the enrolment page): this browser only.
export function PlainSignOut() {
  const t = useMessages(shellMessagesIn);
  const [pending, setPending] = useState(false);
  const router = useRouter();
  return (
    <div className="admin-sign-out">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          await signOut({ redirect: false });
          router.replace("/admin/sign-in");
        }}
      >
        {t.signOut}
      </button>
    </div>
  );
}
