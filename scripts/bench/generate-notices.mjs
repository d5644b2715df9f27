// Fills a (seeded) database with `count` synthetic published notices for the
// render-time benchmark, in a few set-based statements (seconds, not an hour of
// createRevisionDraft calls). Each notice is what the index has to cope with: a
// published revision with a window, a section with prose and an impact table whose
// row references the catalog; every tenth is amended once (a superseded revision
// and a published one with an 追記 amendment).
//
// Content is written while revisions are DRAFT, then each gets the impact publication
// would store (store-impacts.ts, through lib/affected), then they are published with
// one UPDATE: the immutability triggers refuse content under a published revision, the
// database refuses a publication without its impact, and the publication triggers
// write the listing and search rows, as for any notice.
import path from "node:path";
import { query } from "../lib/db.mjs";
import { bin, mustRun, toolEnv } from "../lib/env.mjs";

const root = path.resolve(new URL("../..", import.meta.url).pathname);

const topics = [
  ["セキュリティ強化", "security hardening"],
  ["機能拡充", "new features"],
  ["サーバー増設", "additional servers"],
  ["ネットワーク機器の交換", "network equipment replacement"],
  ["データベースの更新", "database upgrade"],
  ["証明書の更新", "certificate renewal"],
  ["決済画面の改修", "payment page improvements"],
  ["監視基盤の移行", "monitoring migration"],
];
const kinds = ["SCHEDULED", "EXTRAORDINARY", "EMERGENCY", "INCIDENT", "INFORMATION"];
const kindJa = ["定期", "臨時", "緊急", "障害", "お知らせ"];
const sqlArray = (items) => `ARRAY[${items.map((t) => `'${t.replace(/'/g, "''")}'`).join(", ")}]`;

/** Content rows of revisions `<prefix>-<i>` for the i of `series`. */
function contentSql(prefix, series) {
  const id = (tag) => `'${prefix}-${tag}-' || i`;
  const rev = `'${prefix}-' || i`;
  const start = `(timestamp '2012-01-01 17:00' + (i - 1) * interval '13 hours 30 minutes')`;
  return `
INSERT INTO "MaintenanceWindow" ("id", "revisionId", "key", "position", "startsAt", "endsAt", "status")
SELECT ${id("w")}, ${rev}, 'main', 0, ${start}, ${start} + interval '4 hours',
       (CASE WHEN i % 23 = 0 THEN 'CANCELLED' ELSE 'SCHEDULED' END)::"WindowStatus"
FROM ${series} AS i;
INSERT INTO "MaintenanceWindowChannel" ("windowId", "channelId")
SELECT ${id("w")}, c."id"
FROM ${series} AS i CROSS JOIN LATERAL (SELECT "id" FROM "Channel" ORDER BY "key" OFFSET i % 4 LIMIT 3) c;
INSERT INTO "Section" ("id", "revisionId", "key", "kind", "position", "headingJa", "headingEn")
SELECT ${id("s")}, ${rev}, 'content', 'BODY', 0, 'メンテナンス実施内容', 'What the maintenance does' FROM ${series} AS i;
INSERT INTO "Block" ("id", "sectionId", "position", "type", "bodyJa", "bodyEn", "data")
SELECT ${id("p")}, ${id("s")}, 0, 'PROSE',
       format('「クロネコwebコレクト」の%sのため、システムメンテナンスを実施します。作業番号 %s。メンテナンス中は下記のサービスをご利用いただけません。お手数ですが、メンテナンス終了後に再度お手続きください。', (${sqlArray(topics.map((t) => t[0]))})[1 + i % ${topics.length}], i),
       format('We will carry out a system maintenance for %s (work order %s). The services below cannot be used during the maintenance; please try again once it has ended.', (${sqlArray(topics.map((t) => t[1]))})[1 + i % ${topics.length}], i),
       '{"numbered": false}'
FROM ${series} AS i;
INSERT INTO "Block" ("id", "sectionId", "position", "type", "data")
SELECT ${id("t")}, ${id("s")}, 1, 'IMPACT_TABLE', '{"numbered": false}' FROM ${series} AS i;
INSERT INTO "ImpactTable" ("id", "blockId") SELECT ${id("it")}, ${id("t")} FROM ${series} AS i;
INSERT INTO "ImpactColumn" ("id", "tableId", "position", "role", "headerJa", "headerEn", "groupRows")
SELECT ${id("c")} || '-' || c.position, ${id("it")}, c.position, c.role::"ColumnRole", c.ja, c.en, false
FROM ${series} AS i,
     (VALUES (0, 'SERVICE', '対象サービス', 'Service'), (1, 'PAYMENT_METHOD', '決済方法', 'Payment method'), (2, 'EFFECT', '影響', 'Effect')) AS c(position, role, ja, en);
INSERT INTO "ImpactRow" ("id", "tableId", "position") SELECT ${id("r")}, ${id("it")}, 0 FROM ${series} AS i;
DROP TABLE IF EXISTS picks;
CREATE TEMP TABLE picks AS
SELECT i,
       (SELECT s FROM "Service" s ORDER BY "key" OFFSET i % 2 LIMIT 1) AS s,
       (SELECT p FROM "PaymentMethod" p ORDER BY "key" OFFSET i % 6 LIMIT 1) AS p
FROM ${series} AS i;
INSERT INTO "ImpactCell" ("id", "rowId", "columnId", "labelJa", "labelEn", "textJa", "textEn")
SELECT ${id("x")} || '-' || c.position, ${id("r")}, ${id("c")} || '-' || c.position,
       CASE c.position WHEN 0 THEN (s)."nameJa" WHEN 1 THEN (p)."nameJa" END,
       CASE c.position WHEN 0 THEN (s)."nameEn" WHEN 1 THEN (p)."nameEn" END,
       CASE c.position WHEN 2 THEN 'ご利用いただけません' END,
       CASE c.position WHEN 2 THEN 'Unavailable' END
FROM picks, (VALUES (0), (1), (2)) AS c(position);
INSERT INTO "ImpactCellRef" ("id", "cellId", "position", "serviceId", "paymentMethodId")
SELECT ${id("f")} || '-' || c.position, ${id("x")} || '-' || c.position, 0,
       CASE c.position WHEN 0 THEN (s)."id" END, CASE c.position WHEN 1 THEN (p)."id" END
FROM picks, (VALUES (0), (1)) AS c(position);`;
}

// The immutability guards refuse content under a published revision; every revision
// is a draft while its content is written here, so they could only pass. They are
// switched off for the inserts (in this scratch database, inside the transaction)
// because they cost a lookup per row, most of the time of a 10,000-notice run.
const guarded = ["Section", "MaintenanceWindow", "Amendment", "Block", "Footnote", "ImpactTable", "ImpactColumn", "ImpactRow", "ImpactCell", "ImpactCellRef"];
const guards = (action) => guarded.map((t) => `ALTER TABLE "${t}" ${action} TRIGGER "${t}_immutable_when_published";`).join("\n");

export async function generateNotices(url, count) {
  const all = `generate_series(1, ${count})`;
  const amended = `generate_series(10, ${count}, 10)`;
  const start = `(timestamp '2012-01-01 17:00' + (i - 1) * interval '13 hours 30 minutes')`;
  const topicJa = `(${sqlArray(topics.map((t) => t[0]))})[1 + i % ${topics.length}]`;
  const topicEn = `(${sqlArray(topics.map((t) => t[1]))})[1 + i % ${topics.length}]`;
  const revisions = (prefix, series) => `
INSERT INTO "Revision" ("id", "noticeId", "status", "titleJa", "titleEn", "leadJa", "leadEn", "merchantAction", "updatedAt")
SELECT '${prefix}-' || i, 'bench-' || i, 'DRAFT',
       format('「クロネコwebコレクト」%sシステムメンテナンス実施(%s)のお知らせ', (${sqlArray(kindJa)})[1 + i % 5], to_char(${start} + interval '9 hours', 'FMMM/FMDD')),
       format('Kuroneko Web Collect system maintenance for %s (%s)', ${topicEn}, to_char(${start} + interval '9 hours', 'FMDD Mon')),
       format('平素は格別のご高配を賜り、厚く御礼申し上げます。%sのため、下記日時においてシステムメンテナンスを実施いたします。', ${topicJa}),
       format('Thank you for your continued support. We will carry out a system maintenance for %s at the time below.', ${topicEn}),
       'NONE', now()
FROM ${series} AS i;`;
  await query(
    url,
    `BEGIN;
${guards("DISABLE")}
INSERT INTO "Notice" ("id", "slug", "kind", "state", "issuerId", "updatedAt")
SELECT 'bench-' || i, 'bench-' || lpad(i::text, 6, '0'), (${sqlArray(kinds)})[1 + i % 5]::"NoticeKind", 'PUBLISHED',
       (SELECT "id" FROM "Issuer" ORDER BY "key" LIMIT 1), now()
FROM ${all} AS i;
${revisions("bench-r1", all)}
${contentSql("bench-r1", all)}
${revisions("bench-r2", amended)}
${contentSql("bench-r2", amended)}
INSERT INTO "Amendment" ("id", "revisionId", "type", "summaryJa", "summaryEn", "sectionKeys", "windowKeys")
SELECT 'bench-a-' || i, 'bench-r2-' || i, 'ADDENDUM', '作業内容を追記', 'Added to the work description', ARRAY['content'], ARRAY[]::text[]
FROM ${amended} AS i;
${guards("ENABLE")}
COMMIT;`,
  );
  await mustRun(bin("tsx"), ["--conditions=react-server", "scripts/bench/store-impacts.ts"], { env: toolEnv({ DATABASE_URL: url }), cwd: root, quiet: true });
  await query(
    url,
    `BEGIN;
-- fresh statistics, so that the publication triggers' queries are planned for this many rows
ANALYZE;
UPDATE "Revision" r SET "status" = 'PUBLISHED', "number" = 1, "backfill" = true, "publishedAt" = w."startsAt" - interval '30 days'
  FROM "MaintenanceWindow" w WHERE w."revisionId" = r."id" AND r."id" LIKE 'bench-r1-%';
UPDATE "Revision" SET "status" = 'SUPERSEDED' WHERE "id" IN (SELECT 'bench-r1-' || i FROM ${amended} AS i);
UPDATE "Revision" r SET "status" = 'PUBLISHED', "number" = 2, "backfill" = true, "publishedAt" = w."startsAt" - interval '5 days'
  FROM "MaintenanceWindow" w WHERE w."revisionId" = r."id" AND r."id" LIKE 'bench-r2-%';
COMMIT;`,
  );
  // as autovacuum would leave it: statistics, and the visibility map that lets counts read only the index
  await query(url, "VACUUM ANALYZE");
}
