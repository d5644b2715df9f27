-- Break glass (publishing without a second person's approval) is for 緊急 and 障害
-- notices only (DESIGN.md, Decision 5); a 定期, 臨時 or お知らせ notice waits for
-- approval. lib/notices/workflow/workflow.ts refuses it with a form error; this trigger
-- holds the rule for whatever code writes a publication. It looks at the moment of
-- publication only: superseding (status SUPERSEDED) does not re-check, and a
-- published revision cannot change afterwards (revision_guard).
CREATE FUNCTION revision_break_glass_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k "NoticeKind";
BEGIN
  SELECT "kind" INTO k FROM "Notice" WHERE "id" = NEW."noticeId";
  IF k NOT IN ('EMERGENCY', 'INCIDENT') THEN
    RAISE EXCEPTION 'break glass publishes only EMERGENCY and INCIDENT notices, not % (revision %)', k, NEW."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Revision_break_glass_kind" BEFORE INSERT OR UPDATE ON "Revision"
  FOR EACH ROW WHEN (NEW."breakGlass" AND NEW."status" = 'PUBLISHED') EXECUTE FUNCTION revision_break_glass_guard();
