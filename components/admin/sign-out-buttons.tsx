"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

// Signing out removes this browser's session cookie; signing out everywhere first
// bumps the user's session version on the server (every other session ends at its
// next request) and then does the same here.
export function SignOutButtons({ signOutEverywhere }: { signOutEverywhere: () => Promise<void> }) {
  const t = useMessages(shellMessagesIn);
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const leave = async (everywhere: boolean) => {
    setPending(true);
    if (everywhere) await signOutEverywhere();
    // not next-auth's redirect: it would go to NEXTAUTH_URL's host, which a test server does not have
    await signOut({ redirect: false });
    router.replace("/admin/sign-in");
  };
  return (
    <div className="admin-sign-out">
      <button type="button" disabled={pending} onClick={() => leave(false)}>
        {t.signOut}
      </button>
      <button type="button" disabled={pending} onClick={() => leave(true)}>
        {t.signOutEverywhere}
      </button>
    </div>
  );
}
