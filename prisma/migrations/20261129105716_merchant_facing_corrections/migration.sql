-- CreateEnum
CREATE TYPE "ContactPunctuation" AS ENUM ('HALF_WIDTH', 'FULL_WIDTH');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "punctuation" "ContactPunctuation" NOT NULL DEFAULT 'HALF_WIDTH';

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "merchantActionConditionEn" TEXT,
ADD COLUMN     "merchantActionConditionJa" TEXT,
ADD COLUMN     "publishedAtKnown" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "NoticeListing" ADD COLUMN     "windowAmendmentType" "AmendmentType",
ALTER COLUMN "firstPublishedAt" DROP NOT NULL;



-- ───────────── Hand-written: what Prisma's schema cannot say ─────────────

-- Only a backfill may have an unknown publication date: anything published through the
-- site was published at a known instant.
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_unknown_date_only_backfill" CHECK ("publishedAtKnown" OR "backfill");

-- What the listing row says about dates and amended windows, filled in whenever the row
-- is written (notice_listing_refresh of the notice_index_search migration writes the rest).
-- A trigger of its own rather than a change to that function, so that the function can
-- change without repeating this. Mirrors lib/notices/derive.ts:
--   statedDate: a revision whose date is unknown (a backfill) shows no date, so the
--     listing's firstPublishedAt / amendedAt become NULL (sortAt and years keep the
--     instant: ordering needs one);
--   windowAmendment: the latest amendment readers were told about (not 表記修正) that
--     changed the windows: it names them, or it is a 延長 or 中止.
CREATE FUNCTION notice_listing_stated_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Revision" r
              WHERE r."noticeId" = NEW."noticeId" AND r."number" = 1 AND NOT r."publishedAtKnown") THEN
    NEW."firstPublishedAt" := NULL;
  END IF;
  IF NEW."amendedAt" IS NOT NULL AND EXISTS (
       SELECT 1 FROM "Revision" r JOIN "Amendment" a ON a."revisionId" = r."id"
        WHERE r."noticeId" = NEW."noticeId" AND r."status" IN ('PUBLISHED', 'SUPERSEDED') AND a."type" <> 'EDITORIAL'
          AND r."publishedAt" = NEW."amendedAt" AND NOT r."publishedAtKnown") THEN
    NEW."amendedAt" := NULL;
  END IF;
  NEW."windowAmendmentType" := (
    SELECT a."type" FROM "Revision" r JOIN "Amendment" a ON a."revisionId" = r."id"
     WHERE r."noticeId" = NEW."noticeId" AND r."status" IN ('PUBLISHED', 'SUPERSEDED') AND a."type" <> 'EDITORIAL'
       AND (cardinality(a."windowKeys") > 0 OR a."type" IN ('EXTENSION', 'CANCELLATION'))
     ORDER BY r."publishedAt" DESC, r."number" DESC
     LIMIT 1);
  RETURN NEW;
END $$;
CREATE TRIGGER "NoticeListing_stated_dates" BEFORE INSERT OR UPDATE ON "NoticeListing"
  FOR EACH ROW EXECUTE FUNCTION notice_listing_stated_dates();

-- Rows written before this migration.
UPDATE "NoticeListing" SET "noticeId" = "noticeId";
