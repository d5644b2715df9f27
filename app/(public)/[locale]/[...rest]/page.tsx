import { notFound } from "next/navigation";

// Any address no other route serves: the site's own 404 page in the right
// language, rather than Next's default one outside the site's layout.
export default function Unknown() {
  notFound();
}
