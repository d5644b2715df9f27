import "server-only";

// A subscriber's unsubscribe and manage URLs come from the subscriptions part
// (lib/notifications/subscriptions, subscriberLinks(subscriberId): it mints or reuses an
// unguessable token). That part is not on this branch yet: it is loaded at run time, so
// this branch compiles without it, and a subscriber's mail fails (and is retried) with a
// clear error until it is there. MERGE: replace with a static import.
interface SubscriptionsModule {
  subscriberLinks(subscriberId: string): Promise<{ unsubscribeUrl: string; manageUrl: string }>;
}

export async function subscriberLinksFor(subscriberId: string): Promise<{ unsubscribeUrl: string; manageUrl: string }> {
  const specifier = "@/lib/notifications/subscriptions";
  let loaded: SubscriptionsModule;
  try {
    loaded = (await import(/* @vite-ignore */ specifier)) as SubscriptionsModule;
  } catch (error) {
    throw new Error(`subscriberLinks is not available (lib/notifications/subscriptions): ${error instanceof Error ? error.message : error}`);
  }
  return loaded.subscriberLinks(subscriberId);
}
