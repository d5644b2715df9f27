// Data-cache tags of the public reads: `notices` for anything listing several
// notices, `notice:{slug}` for one. lib/freshness/revalidate.ts expires them.
export const NOTICES_TAG = "notices";
export const noticeTag = (slug: string) => `notice:${slug}`;
