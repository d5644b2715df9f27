import Link from "next/link";
import { SiteShell } from "@/components/site/site-shell";

export default function NotFound() {
  return (
    <SiteShell locale="en" alternatePath="/">
      <h1 className="page-title">Page not found</h1>
      <p>The notice may have been withdrawn, or its address may have changed.</p>
      <p>
        <Link href="/en">Back to the notices</Link>
      </p>
    </SiteShell>
  );
}
