-- A catalog key that a published revision names never changes (index filter URLs, the
-- JSON API, calendars and the frozen names of RevisionImpact rest on it). The console
-- refuses such an edit at the key field (lib/catalog/references.ts); this trigger is the
-- last word for every other writer. A revision is published once it has a number.
-- TG_ARGV[0]: the RevisionImpact.names key of the kind; TG_ARGV[1]: the ImpactCellRef column.
CREATE FUNCTION "catalog_key_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      SELECT 1 FROM "MaintenanceWindow" mw JOIN "Revision" v ON v."id" = mw."revisionId"
      WHERE OLD."key" = ANY (mw."channelKeys") AND v."number" IS NOT NULL
    ) INTO referenced;
  END IF;
  IF referenced THEN
    RAISE EXCEPTION 'catalog key "%" of % is frozen: a published revision names it', OLD."key", TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Service_key_frozen" BEFORE UPDATE OF "key" ON "Service"
  FOR EACH ROW EXECUTE FUNCTION "catalog_key_frozen"('services', 'serviceId');
CREATE TRIGGER "PaymentMethod_key_frozen" BEFORE UPDATE OF "key" ON "PaymentMethod"
  FOR EACH ROW EXECUTE FUNCTION "catalog_key_frozen"('paymentMethods', 'paymentMethodId');
CREATE TRIGGER "Channel_key_frozen" BEFORE UPDATE OF "key" ON "Channel"
  FOR EACH ROW EXECUTE FUNCTION "catalog_key_frozen"('channels', 'channelId');
CREATE TRIGGER "Audience_key_frozen" BEFORE UPDATE OF "key" ON "Audience"
  FOR EACH ROW EXECUTE FUNCTION "catalog_key_frozen"('audiences', 'audienceId');
