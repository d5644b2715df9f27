-- "Affected", derived once (DESIGN.md, Decision 10; docs/decisions/0007-affected.md):
-- the catalog says which payment methods each service offers and each channel carries;
-- RevisionImpact keeps, with each published revision, what lib/affected/derive-affected.ts
-- derived from its content and that catalog; the listing copies its keys instead of
-- deriving its own in SQL, and a revision cannot be published without it.

-- Revisions published before this migration have no RevisionImpact, and none can be
-- written for them faithfully here: the derivation is TypeScript, and the catalog it
-- needs (what each service and channel carries) is created empty by this very migration.
-- Guessing in SQL would be the second definition of "affected" this migration removes,
-- so it refuses instead. On a fresh database the seed publishes the reference notices
-- through publishRevision, which writes the row.
DO $$
DECLARE
  published int;
BEGIN
  SELECT count(*) INTO published FROM "Revision" WHERE "status" IN ('PUBLISHED', 'SUPERSEDED');
  IF published > 0 THEN
    RAISE EXCEPTION 'this database holds % published revisions without a RevisionImpact, which cannot be derived faithfully in SQL', published
      USING HINT = 'A development database: delete .data/postgres and run npm start again (the seed re-publishes the reference notices). See docs/decisions/0007-affected.md.';
  END IF;
END $$;

-- CreateTable
CREATE TABLE "ServicePaymentMethod" (
    "serviceId" TEXT NOT NULL,
    "paymentMethodId" TEXT NOT NULL,

    CONSTRAINT "ServicePaymentMethod_pkey" PRIMARY KEY ("serviceId","paymentMethodId")
);

-- CreateTable
CREATE TABLE "ChannelPaymentMethod" (
    "channelId" TEXT NOT NULL,
    "paymentMethodId" TEXT NOT NULL,

    CONSTRAINT "ChannelPaymentMethod_pkey" PRIMARY KEY ("channelId","paymentMethodId")
);

-- CreateTable
CREATE TABLE "RevisionImpact" (
    "revisionId" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "names" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevisionImpact_pkey" PRIMARY KEY ("revisionId")
);

-- CreateIndex
CREATE INDEX "ServicePaymentMethod_paymentMethodId_idx" ON "ServicePaymentMethod"("paymentMethodId");

-- CreateIndex
CREATE INDEX "ChannelPaymentMethod_paymentMethodId_idx" ON "ChannelPaymentMethod"("paymentMethodId");

-- AddForeignKey
ALTER TABLE "ServicePaymentMethod" ADD CONSTRAINT "ServicePaymentMethod_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServicePaymentMethod" ADD CONSTRAINT "ServicePaymentMethod_paymentMethodId_fkey" FOREIGN KEY ("paymentMethodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelPaymentMethod" ADD CONSTRAINT "ChannelPaymentMethod_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelPaymentMethod" ADD CONSTRAINT "ChannelPaymentMethod_paymentMethodId_fkey" FOREIGN KEY ("paymentMethodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionImpact" ADD CONSTRAINT "RevisionImpact_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───────────── Hand-written: what Prisma's schema cannot say ─────────────

-- The listing trigger below and SQL readers rely on these parts of the result.
-- (coalesce: a missing key makes jsonb_typeof NULL, which a CHECK would let pass)
ALTER TABLE "RevisionImpact" ADD CONSTRAINT "RevisionImpact_result_shape" CHECK (coalesce(
      jsonb_typeof("result" -> 'channels') = 'array'
  AND jsonb_typeof("result" -> 'services') = 'array'
  AND jsonb_typeof("result" -> 'paymentMethods') = 'array'
  AND jsonb_typeof("result" -> 'affected' -> 'services') = 'array'
  AND jsonb_typeof("result" -> 'affected' -> 'paymentMethods') = 'array'
  AND jsonb_typeof("result" -> 'affected' -> 'channels') = 'array'
  AND jsonb_typeof("result" -> 'affected' -> 'audiences') = 'array'
  AND jsonb_typeof("names") = 'object', false));

-- Frozen with its revision: the content guard of the init migration now covers
-- RevisionImpact too (same function, one more table).
CREATE OR REPLACE FUNCTION content_revision_id(tbl text, r jsonb) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE tbl
    WHEN 'Section' THEN r->>'revisionId'
    WHEN 'MaintenanceWindow' THEN r->>'revisionId'
    WHEN 'ScreenSettings' THEN r->>'revisionId'
    WHEN 'Amendment' THEN r->>'revisionId'
    WHEN 'RevisionImpact' THEN r->>'revisionId'
    WHEN 'Block' THEN (SELECT s."revisionId" FROM "Section" s WHERE s."id" = r->>'sectionId')
    WHEN 'Footnote' THEN (SELECT s."revisionId" FROM "Block" b JOIN "Section" s ON s."id" = b."sectionId" WHERE b."id" = r->>'blockId')
    WHEN 'ImpactTable' THEN (SELECT s."revisionId" FROM "Block" b JOIN "Section" s ON s."id" = b."sectionId" WHERE b."id" = r->>'blockId')
    WHEN 'ImpactColumn' THEN (SELECT s."revisionId" FROM "ImpactTable" t JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE t."id" = r->>'tableId')
    WHEN 'ImpactRow' THEN (SELECT s."revisionId" FROM "ImpactTable" t JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE t."id" = r->>'tableId')
    WHEN 'ImpactCell' THEN (SELECT s."revisionId" FROM "ImpactRow" w JOIN "ImpactTable" t ON t."id" = w."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE w."id" = r->>'rowId')
    WHEN 'ImpactCellRef' THEN (SELECT s."revisionId" FROM "ImpactCell" c JOIN "ImpactRow" w ON w."id" = c."rowId" JOIN "ImpactTable" t ON t."id" = w."tableId" JOIN "Block" b ON b."id" = t."blockId" JOIN "Section" s ON s."id" = b."sectionId" WHERE c."id" = r->>'cellId')
    WHEN 'ScreenChannel' THEN (SELECT ss."revisionId" FROM "ScreenSettings" ss WHERE ss."id" = r->>'screenId')
  END;
END $$;
CREATE TRIGGER "RevisionImpact_immutable_when_published" BEFORE INSERT OR UPDATE OR DELETE ON "RevisionImpact"
  FOR EACH ROW EXECUTE FUNCTION content_guard();

-- The listing row of a notice, as in the notice_index_search migration, except that the
-- affected keys are copied from the current revision's RevisionImpact instead of being
-- derived here. Every publication runs this (trigger Revision_published_index), so a
-- revision published without its RevisionImpact is refused: nothing can go around
-- lib/affected.
CREATE OR REPLACE FUNCTION notice_listing_refresh(nid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rev "Revision"%ROWTYPE;
  affected jsonb;
BEGIN
  SELECT * INTO rev FROM "Revision" WHERE "noticeId" = nid AND "status" = 'PUBLISHED';
  IF NOT FOUND THEN
    DELETE FROM "NoticeListing" WHERE "noticeId" = nid;
    RETURN;
  END IF;
  SELECT "result" -> 'affected' INTO affected FROM "RevisionImpact" WHERE "revisionId" = rev."id";
  IF affected IS NULL THEN
    RAISE EXCEPTION 'revision % cannot be published without its RevisionImpact (publishRevision derives it with lib/affected)', rev."id"
      USING ERRCODE = 'integrity_constraint_violation';
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
         -- in catalog order already, as the function returns them
         ARRAY(SELECT e.k FROM jsonb_array_elements_text(affected -> 'services') WITH ORDINALITY AS e(k, i) ORDER BY e.i),
         ARRAY(SELECT e.k FROM jsonb_array_elements_text(affected -> 'paymentMethods') WITH ORDINALITY AS e(k, i) ORDER BY e.i),
         ARRAY(SELECT e.k FROM jsonb_array_elements_text(affected -> 'channels') WITH ORDINALITY AS e(k, i) ORDER BY e.i),
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
