-- A window's channels become rows referencing the catalog (issue 10): a key can no
-- longer be misspelt, and "which windows cover channel X" reads the channelId index
-- (lib/maintenance/covering.ts). The content schema keeps `channelKeys`; only storage
-- changes (lib/notices/content/write.ts, lib/maintenance/window-channels.ts).

-- CreateTable
CREATE TABLE "MaintenanceWindowChannel" (
    "windowId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "MaintenanceWindowChannel_pkey" PRIMARY KEY ("windowId","channelId")
);

-- CreateIndex
CREATE INDEX "MaintenanceWindowChannel_channelId_idx" ON "MaintenanceWindowChannel"("channelId");

-- AddForeignKey
ALTER TABLE "MaintenanceWindowChannel" ADD CONSTRAINT "MaintenanceWindowChannel_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "MaintenanceWindow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceWindowChannel" ADD CONSTRAINT "MaintenanceWindowChannel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Copy the arrays. A key with no channel in the catalog fails the whole migration
-- (it runs in one transaction, ADR 0002) and names every such window: silently dropping
-- it would change what a published notice says stops.
DO $$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(format('window %s (revision %s): "%s"', mw."id", mw."revisionId", k.key), '; ' ORDER BY mw."id", k.key)
    INTO missing
    FROM "MaintenanceWindow" mw CROSS JOIN LATERAL unnest(mw."channelKeys") AS k(key)
   WHERE NOT EXISTS (SELECT 1 FROM "Channel" c WHERE c."key" = k.key);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'MaintenanceWindow.channelKeys names channels the catalog does not hold: %', missing
      USING ERRCODE = 'foreign_key_violation', HINT = 'add the channels to the catalog (or correct the keys) and migrate again';
  END IF;
END $$;

-- before the content guard exists on the new table: published revisions get their rows too
INSERT INTO "MaintenanceWindowChannel" ("windowId", "channelId")
SELECT DISTINCT mw."id", c."id"
  FROM "MaintenanceWindow" mw CROSS JOIN LATERAL unnest(mw."channelKeys") AS k(key)
  JOIN "Channel" c ON c."key" = k.key;

-- AlterTable
ALTER TABLE "MaintenanceWindow" DROP COLUMN "channelKeys";

-- Frozen with its revision: the content guard of the init migration covers the new
-- table too (same function, one more table and its path to the revision).
CREATE OR REPLACE FUNCTION content_revision_id(tbl text, r jsonb) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE tbl
    WHEN 'Section' THEN r->>'revisionId'
    WHEN 'MaintenanceWindow' THEN r->>'revisionId'
    WHEN 'ScreenSettings' THEN r->>'revisionId'
    WHEN 'Amendment' THEN r->>'revisionId'
    WHEN 'RevisionImpact' THEN r->>'revisionId'
    WHEN 'MaintenanceWindowChannel' THEN (SELECT mw."revisionId" FROM "MaintenanceWindow" mw WHERE mw."id" = r->>'windowId')
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
CREATE TRIGGER "MaintenanceWindowChannel_immutable_when_published" BEFORE INSERT OR UPDATE OR DELETE ON "MaintenanceWindowChannel"
  FOR EACH ROW EXECUTE FUNCTION content_guard();

-- catalog_key_frozen (migration catalog_key_frozen) read the windows' key arrays; the
-- windows now name channels by id, like screens.
CREATE OR REPLACE FUNCTION "catalog_key_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  referenced boolean;
BEGIN
  IF NEW."key" IS NOT DISTINCT FROM OLD."key" THEN
    RETURN NEW;
  END IF;
  SELECT EXISTS (SELECT 1 FROM "RevisionImpact" WHERE "names" -> TG_ARGV[0] ? OLD."key") INTO referenced;
  IF NOT referenced THEN
    EXECUTE format(
      'SELECT EXISTS (SELECT 1 FROM "ImpactCellRef" r
         JOIN "ImpactCell" c ON c."id" = r."cellId"
         JOIN "ImpactRow" w ON w."id" = c."rowId"
         JOIN "ImpactTable" t ON t."id" = w."tableId"
         JOIN "Block" b ON b."id" = t."blockId"
         JOIN "Section" s ON s."id" = b."sectionId"
         JOIN "Revision" v ON v."id" = s."revisionId"
       WHERE r.%I = $1 AND v."number" IS NOT NULL)', TG_ARGV[1])
      INTO referenced USING OLD."id";
  END IF;
  IF NOT referenced AND TG_TABLE_NAME = 'Channel' THEN
    SELECT EXISTS (
      SELECT 1 FROM "ScreenChannel" sc JOIN "ScreenSettings" ss ON ss."id" = sc."screenId" JOIN "Revision" v ON v."id" = ss."revisionId"
      WHERE sc."channelId" = OLD."id" AND v."number" IS NOT NULL
    ) OR EXISTS (
      SELECT 1 FROM "MaintenanceWindowChannel" wc JOIN "MaintenanceWindow" mw ON mw."id" = wc."windowId" JOIN "Revision" v ON v."id" = mw."revisionId"
      WHERE wc."channelId" = OLD."id" AND v."number" IS NOT NULL
    ) INTO referenced;
  END IF;
  IF referenced THEN
    RAISE EXCEPTION 'catalog key "%" of % is frozen: a published revision names it', OLD."key", TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- A window also covers its screen's channels: that path of "which windows cover channel
-- X" starts from the channel too.
CREATE INDEX "ScreenChannel_channelId_idx" ON "ScreenChannel"("channelId");
