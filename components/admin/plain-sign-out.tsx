"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

// Sign-out for pages outside the console frame (the enrolment page): this browser only.
export function PlainSignOut() {
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
        サインアウト
      </button>
    </div>
  );
}
