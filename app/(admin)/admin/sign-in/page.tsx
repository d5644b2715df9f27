import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "サインイン" };

export default async function SignInPage() {
  if (await currentUser()) redirect("/admin");
  return (
    <main className="admin-sign-in">
      <h1>管理画面にサインイン</h1>
      <SignInForm />
    </main>
  );
}
