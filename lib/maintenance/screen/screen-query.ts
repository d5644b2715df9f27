// The query of GET /maintenance and /maintenance/modal (issue 10; the URLs are a
// contract): channel={key}, lang=ja|en (else Accept-Language, else ja), at={ISO instant}
// (a preview). Pure. A parameter the screens do not read is let through: merchants'
// redirects may carry their own (tracking, return addresses), and a buyer must still get
// the screen.
import { instantSchema } from "@/lib/api/maintenance-json";
import { localeFromAcceptLanguage } from "@/lib/i18n/console/accept-language";
import { isLocale, type Locale } from "@/lib/i18n/locale";

export const screenParams = ["channel", "lang", "at"] as const;

/** A catalog key as the screens take it; a well-formed key the catalog lacks is a 404, not a 400. */
const CHANNEL_KEY = /^[A-Za-z0-9._-]{1,100}$/;

export interface ScreenQuery {
  channel: string;
  lang: Locale;
  /** lang came from Accept-Language: the answer varies with it */
  negotiated: boolean;
  at: Date | null;
}

export type ScreenQueryProblem = { problem: string; lang: Locale };

const problems = {
  ja: {
    repeated: (name: string) => `パラメータ「${name}」が複数回指定されています。`,
    channelMissing: "パラメータ「channel」でチャネルを指定してください（例: ?channel=link-payment-page）。",
    channelInvalid: "パラメータ「channel」はチャネルのキー（英数字、「-」「_」「.」）で指定してください。",
    lang: "パラメータ「lang」は ja か en で指定してください。",
    at: "パラメータ「at」はオフセット付きの ISO 8601 日時で指定してください（例: 2026-07-29T02:00:00+09:00）。",
  },
  en: {
    repeated: (name: string) => `Parameter "${name}" is given more than once.`,
    channelMissing: `Name a channel with the "channel" parameter (e.g. ?channel=link-payment-page).`,
    channelInvalid: `Parameter "channel" must be a channel key (letters, digits, "-", "_", ".").`,
    lang: `Parameter "lang" must be ja or en.`,
    at: `Parameter "at" must be an ISO 8601 instant with its offset (e.g. 2026-07-28T17:00:00Z).`,
  },
};

export function parseScreenQuery(params: URLSearchParams, acceptLanguage: string | null): ScreenQuery | ScreenQueryProblem {
  const given = params.get("lang");
  const negotiated = given === null;
  // the language of the answer, a 400 included: the one asked for if it is one, else the browser's
  const lang: Locale = given !== null && isLocale(given) ? given : localeFromAcceptLanguage(acceptLanguage);
  const t = problems[lang];
  const refuse = (problem: string): ScreenQueryProblem => ({ problem, lang });
  for (const name of screenParams) if (params.getAll(name).length > 1) return refuse(t.repeated(name));
  if (given !== null && !isLocale(given)) return refuse(t.lang);
  const channel = params.get("channel");
  if (channel === null || channel === "") return refuse(t.channelMissing);
  if (!CHANNEL_KEY.test(channel)) return refuse(t.channelInvalid);
  const at = params.get("at");
  if (at !== null && !instantSchema.safeParse(at).success) return refuse(t.at);
  return { channel, lang, negotiated, at: at === null ? null : new Date(at) };
}
