// Every kind of public page, in both languages: what the validity and accessibility
// specs check. The reference notices are seeded (prisma/seed).
export const scheduled = "2019-07-29-webcollect-scheduled-maintenance";
export const extraordinary = "2020-04-20-webcollect-extraordinary-maintenance";

export interface PublicPage {
  path: string;
  status: 200 | 404;
}

const found = (path: string): PublicPage => ({ path, status: 200 });
const missing = (path: string): PublicPage => ({ path, status: 404 });

export const publicPages: PublicPage[] = [
  found("/"),
  found("/en"),
  found("/?q=本与信"),
  found("/en?q=maintenance"),
  found("/?kind=SCHEDULED"),
  found("/en?kind=EXTRAORDINARY&year=2020"),
  // a shared link with a condition the index ignores, and a page past the end
  found("/?service=no-such-service&page=3"),
  ...[scheduled, extraordinary].flatMap((slug) => [
    found(`/notices/${slug}`),
    found(`/en/notices/${slug}`),
    found(`/notices/${slug}/history`),
    found(`/en/notices/${slug}/history`),
    found(`/notices/${slug}/revisions/1`),
    found(`/en/notices/${slug}/revisions/1`),
  ]),
  found(`/notices/${scheduled}/revisions/2`),
  // the public subscription (issue 11); pages reached by a valid token are checked by e2e/subscribe.spec.ts
  found("/subscribe"),
  found("/en/subscribe"),
  found("/en/subscribe/sent"),
  found("/unsubscribe/done"),
  missing("/subscribe/confirm?token=no-such-token"),
  missing("/en/unsubscribe?token=no-such-token"),
  missing("/no-such-page"),
  missing("/en/no-such-page"),
  missing("/notices/no-such-notice"),
  missing(`/en/notices/${scheduled}/revisions/9`),
];
