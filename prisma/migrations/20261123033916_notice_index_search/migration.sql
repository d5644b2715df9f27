-- The public index and keyword search (docs/decisions/0004-search.md).
-- NoticeListing (one row per notice) and RevisionSearch (one row per published
-- revision) are derived: the triggers at the end write them inside the transaction
-- that publishes a revision or changes a notice, whatever code path does it.

-- Japanese has no word boundaries, so search is substring matching (LIKE) helped by
-- trigram indexes. pg_trgm is a contrib extension: embedded-postgres ships it, managed
-- PostgreSQL services offer it, and it is trusted (PostgreSQL 13+), so the database
-- owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "NoticeListing" (
    "noticeId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "visible" BOOLEAN NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "windows" JSONB NOT NULL,
    "sortAt" TIMESTAMP(3) NOT NULL,
    "years" INTEGER[],
    "serviceKeys" TEXT[],
    "paymentMethodKeys" TEXT[],
    "channelKeys" TEXT[],
    "firstPublishedAt" TIMESTAMP(3) NOT NULL,
    "amendmentType" "AmendmentType",
    "amendedAt" TIMESTAMP(3),

    CONSTRAINT "NoticeListing_pkey" PRIMARY KEY ("noticeId")
);

-- CreateTable
CREATE TABLE "RevisionSearch" (
    "revisionId" TEXT NOT NULL,
    "document" TEXT NOT NULL,

    CONSTRAINT "RevisionSearch_pkey" PRIMARY KEY ("revisionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeListing_revisionId_key" ON "NoticeListing"("revisionId");

-- CreateIndex
CREATE INDEX "NoticeListing_visible_sortAt_idx" ON "NoticeListing"("visible", "sortAt" DESC);

-- CreateIndex
CREATE INDEX "NoticeListing_kind_sortAt_idx" ON "NoticeListing"("kind", "sortAt" DESC);

-- CreateIndex
CREATE INDEX "NoticeListing_years_idx" ON "NoticeListing" USING GIN ("years");

-- CreateIndex
CREATE INDEX "NoticeListing_serviceKeys_idx" ON "NoticeListing" USING GIN ("serviceKeys");

-- CreateIndex
CREATE INDEX "NoticeListing_paymentMethodKeys_idx" ON "NoticeListing" USING GIN ("paymentMethodKeys");

-- CreateIndex
CREATE INDEX "NoticeListing_channelKeys_idx" ON "NoticeListing" USING GIN ("channelKeys");

-- CreateIndex
CREATE INDEX "RevisionSearch_document_idx" ON "RevisionSearch" USING GIN ("document" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "NoticeListing" ADD CONSTRAINT "NoticeListing_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeListing" ADD CONSTRAINT "NoticeListing_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionSearch" ADD CONSTRAINT "RevisionSearch_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───────────── Derived rows, written by triggers ─────────────

-- The searchable text of a revision: every text the revision itself holds that a
-- reader sees on the notice page, in both languages. Left out: the contact block,
-- the maintenance-screen texts and formatted dates, which every notice shares and
-- which would make every notice match. NFKC folds full-width and half-width forms
-- (ＡＰＩ, ｶﾅ) and lower() folds case, so that the query, folded the same way
-- (lib/notices/index-query.ts, searchTerms), finds either with a plain LIKE: ILIKE
-- lower-cases every document again on every row it checks, ten times slower here.
-- (PL/pgSQL rather than SQL: it keeps the plan between calls, which a bulk publication feels)
CREATE FUNCTION revision_search_document(rev text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (WITH blocks AS (
    SELECT b.* FROM "Block" b JOIN "Section" s ON s."id" = b."sectionId" WHERE s."revisionId" = rev
  ), tables AS (
    SELECT t.* FROM "ImpactTable" t JOIN blocks b ON b."id" = t."blockId"
  ), texts(t) AS (
    SELECT unnest(ARRAY[r."titleJa", r."titleEn", r."addresseeJa", r."addresseeEn", r."leadJa", r."leadEn", r."merchantActionJa", r."merchantActionEn"])
      FROM "Revision" r WHERE r."id" = rev
    UNION ALL SELECT unnest(ARRAY[a."summaryJa", a."summaryEn"]) FROM "Amendment" a WHERE a."revisionId" = rev
    UNION ALL SELECT unnest(ARRAY[s."headingJa", s."headingEn"]) FROM "Section" s WHERE s."revisionId" = rev
    UNION ALL SELECT unnest(ARRAY[b."bodyJa", b."bodyEn"]) FROM blocks b
    -- typed blocks (delays, API changes, plans, captions, alt texts) keep their texts as
    -- { ja, en } pairs in data (lib/notices/content-schema.ts), API changes also field names and values
    UNION ALL SELECT v #>> '{}'
      FROM blocks b,
           unnest(ARRAY['strict $.**.ja', 'strict $.**.en', 'strict $.**.fieldName', 'strict $.**.endpoints[*]', 'strict $.**.values[*]']::jsonpath[]) AS p,
           jsonb_path_query(b."data", p) AS v
    UNION ALL SELECT unnest(ARRAY[f."textJa", f."textEn"]) FROM "Footnote" f JOIN blocks b ON b."id" = f."blockId"
    UNION ALL SELECT unnest(ARRAY[t."captionJa", t."captionEn"]) FROM tables t
    UNION ALL SELECT unnest(ARRAY[c."headerJa", c."headerEn"]) FROM "ImpactColumn" c JOIN tables t ON t."id" = c."tableId"
    UNION ALL SELECT unnest(ARRAY[c."labelJa", c."labelEn", c."textJa", c."textEn"])
      FROM "ImpactCell" c JOIN "ImpactRow" w ON w."id" = c."rowId" JOIN tables t ON t."id" = w."tableId"
  )
  -- prose and cells write {{errorCode}}; the page shows the revision's code, so does the search
  SELECT lower(normalize(replace(coalesce(string_agg(t, E'\n'), ''), '{{errorCode}}',
                                 coalesce((SELECT "errorCode" FROM "ScreenSettings" WHERE "revisionId" = rev), '')), NFKC))
    FROM texts WHERE t IS NOT NULL);
END $$;

-- Writes the index row of a notice from its current published revision (or removes
-- it when there is none). Mirrors lib/notices/derive.ts: the latest amendment that is
-- not 表記修正, the first publication's date; catalog keys follow the service a channel
-- belongs to, as the index always has.
CREATE FUNCTION notice_listing_refresh(nid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rev "Revision"%ROWTYPE;
BEGIN
  SELECT * INTO rev FROM "Revision" WHERE "noticeId" = nid AND "status" = 'PUBLISHED';
  IF NOT FOUND THEN
    DELETE FROM "NoticeListing" WHERE "noticeId" = nid;
    RETURN;
  END IF;
  WITH first AS (
    SELECT coalesce((SELECT "publishedAt" FROM "Revision" WHERE "noticeId" = nid AND "number" = 1), rev."publishedAt", now()::timestamp) AS at
  ), wins AS (
    SELECT * FROM "MaintenanceWindow" WHERE "revisionId" = rev."id"
  ), amended AS (
    SELECT a."type", r."publishedAt"
      FROM "Revision" r JOIN "Amendment" a ON a."revisionId" = r."id"
     WHERE r."noticeId" = nid AND r."status" IN ('PUBLISHED', 'SUPERSEDED') AND a."type" <> 'EDITORIAL'
     ORDER BY r."publishedAt" DESC
     LIMIT 1
  ), refs AS (
    -- a row that says its service or payment method stays available does not affect it
    SELECT ref."serviceId", ref."paymentMethodId", ref."channelId"
      FROM "Section" s
      JOIN "Block" b ON b."sectionId" = s."id"
      JOIN "ImpactTable" t ON t."blockId" = b."id"
      JOIN "ImpactRow" w ON w."tableId" = t."id"
      JOIN "ImpactCell" c ON c."rowId" = w."id"
      JOIN "ImpactCellRef" ref ON ref."cellId" = c."id"
     WHERE s."revisionId" = rev."id"
       AND NOT EXISTS (SELECT 1 FROM "ImpactCell" x WHERE x."rowId" = w."id" AND x."availability" = 'AVAILABLE')
  ), channels AS (
    SELECT "channelId" AS id FROM refs WHERE "channelId" IS NOT NULL
    UNION SELECT ch."id" FROM wins w JOIN "Channel" ch ON ch."key" = ANY (w."channelKeys")
    UNION SELECT sc."channelId" FROM "ScreenSettings" ss JOIN "ScreenChannel" sc ON sc."screenId" = ss."id" WHERE ss."revisionId" = rev."id"
  ), services AS (
    SELECT "serviceId" AS id FROM refs WHERE "serviceId" IS NOT NULL
    UNION SELECT ch."serviceId" FROM channels x JOIN "Channel" ch ON ch."id" = x.id WHERE ch."serviceId" IS NOT NULL
  )
  INSERT INTO "NoticeListing" ("noticeId", "revisionId", "slug", "kind", "visible", "titleJa", "titleEn", "windows", "sortAt", "years",
                               "serviceKeys", "paymentMethodKeys", "channelKeys", "firstPublishedAt", "amendmentType", "amendedAt")
  SELECT nid, rev."id", n."slug", n."kind", n."state" = 'PUBLISHED' AND n."deletedAt" IS NULL, rev."titleJa", rev."titleEn",
         coalesce((SELECT jsonb_agg(jsonb_build_object(
                            'key', w."key",
                            'startsAt', to_char(w."startsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'endsAt', to_char(w."endsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'status', w."status") ORDER BY w."position")
                     FROM wins w), '[]'::jsonb),
         coalesce((SELECT max("startsAt") FROM wins WHERE "status" = 'SCHEDULED'), (SELECT max("startsAt") FROM wins), (SELECT at FROM first)),
         -- timestamps hold UTC: the year is the one in Japan
         coalesce((SELECT array_agg(DISTINCT extract(year FROM ("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo')::int) FROM wins),
                  ARRAY[extract(year FROM ((SELECT at FROM first) AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo')::int]),
         ARRAY(SELECT s."key" FROM "Service" s WHERE s."id" IN (SELECT id FROM services) ORDER BY s."sortOrder", s."key"),
         ARRAY(SELECT p."key" FROM "PaymentMethod" p WHERE p."id" IN (SELECT "paymentMethodId" FROM refs) ORDER BY p."sortOrder", p."key"),
         ARRAY(SELECT ch."key" FROM "Channel" ch WHERE ch."id" IN (SELECT id FROM channels) ORDER BY ch."sortOrder", ch."key"),
         (SELECT at FROM first), (SELECT "type" FROM amended), (SELECT "publishedAt" FROM amended)
    FROM "Notice" n
   WHERE n."id" = nid
  ON CONFLICT ("noticeId") DO UPDATE SET
    "revisionId" = EXCLUDED."revisionId", "slug" = EXCLUDED."slug", "kind" = EXCLUDED."kind", "visible" = EXCLUDED."visible",
    "titleJa" = EXCLUDED."titleJa", "titleEn" = EXCLUDED."titleEn", "windows" = EXCLUDED."windows", "sortAt" = EXCLUDED."sortAt",
    "years" = EXCLUDED."years", "serviceKeys" = EXCLUDED."serviceKeys", "paymentMethodKeys" = EXCLUDED."paymentMethodKeys",
    "channelKeys" = EXCLUDED."channelKeys", "firstPublishedAt" = EXCLUDED."firstPublishedAt",
    "amendmentType" = EXCLUDED."amendmentType", "amendedAt" = EXCLUDED."amendedAt";
END $$;

-- A revision's content rows are all written while it is a draft, and frozen once it
-- is published (revision_guard, content_guard): its search text is complete at this
-- moment and is written once.
CREATE FUNCTION revision_published_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RevisionSearch" ("revisionId", "document") VALUES (NEW."id", revision_search_document(NEW."id"))
  ON CONFLICT ("revisionId") DO NOTHING;
  PERFORM notice_listing_refresh(NEW."noticeId");
  RETURN NULL;
END $$;
CREATE TRIGGER "Revision_published_index" AFTER INSERT OR UPDATE OF "status" ON "Revision"
  FOR EACH ROW WHEN (NEW."status" = 'PUBLISHED') EXECUTE FUNCTION revision_published_index();

-- Withdrawal, deletion, a changed kind or slug: the row follows the notice.
CREATE FUNCTION notice_listing_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "NoticeListing"
     SET "slug" = NEW."slug", "kind" = NEW."kind", "visible" = NEW."state" = 'PUBLISHED' AND NEW."deletedAt" IS NULL
   WHERE "noticeId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Notice_listing_sync" AFTER UPDATE OF "slug", "kind", "state", "deletedAt" ON "Notice"
  FOR EACH ROW
  WHEN ((OLD."slug", OLD."kind", OLD."state", OLD."deletedAt") IS DISTINCT FROM (NEW."slug", NEW."kind", NEW."state", NEW."deletedAt"))
  EXECUTE FUNCTION notice_listing_sync();

-- Rows for what was published before this migration.
INSERT INTO "RevisionSearch" ("revisionId", "document")
SELECT "id", revision_search_document("id") FROM "Revision" WHERE "status" IN ('PUBLISHED', 'SUPERSEDED');
SELECT notice_listing_refresh("noticeId") FROM "Revision" WHERE "status" = 'PUBLISHED';
