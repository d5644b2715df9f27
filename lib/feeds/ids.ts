// Identifiers that outlive the site's address: a feed reader keys entries by Atom
// id and a calendar keys events by UID, so moving the site to another host (or
// running it on localhost) must not turn every entry and event into a new one.

export const ID_DOMAIN = "maintenance-notices";

/**
 * A tag URI (RFC 4151) for Atom ids. The date is part of the scheme: a day on
 * which the name was ours; the year of the first notice will do and never changes.
 */
export const atomId = (path: string) => `tag:${ID_DOMAIN},2019:${path}`;

/**
 * One window across all revisions of its notice: window keys are stable (ADR 0003).
 * Slugs and keys are [a-z0-9-], so the "." cannot occur in either and no two
 * (slug, key) pairs share a UID ("x-main"+"a" vs "x"+"main-a").
 */
export const windowUid = (slug: string, windowKey: string) => `${slug}.${windowKey}@${ID_DOMAIN}`;
