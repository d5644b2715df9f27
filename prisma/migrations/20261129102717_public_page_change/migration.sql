-- What tells every server instance that a notice's public pages changed
-- (docs/decisions/0005-public-page-caching.md). The triggers below write a
-- PublicPageChange row and send NOTIFY public_page_change in the transaction that
-- publishes, withdraws, deletes, renames or re-kinds a notice, whatever code path
-- does it (console, seed, tests, another instance, the offline command): PostgreSQL
-- delivers the NOTIFY at commit and drops it on rollback, and the row lets an
-- instance that was not listening catch up by transaction visibility (xid).

-- CreateTable
CREATE TABLE "PublicPageChange" (
    "id" BIGSERIAL NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "noticeId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicPageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicPageChange_xid_slug_key" ON "PublicPageChange"("xid", "slug");


-- Logs one change of `page_slug`'s pages, once per transaction and slug (a publication
-- updates the revision and the notice: one row, one notification). The payload names
-- the row, so that a listener and the poller refresh the same change only once.
CREATE FUNCTION public_page_change_log(nid text, page_slug text, why text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  change_id bigint;
BEGIN
  INSERT INTO "PublicPageChange" ("noticeId", "slug", "reason") VALUES (nid, page_slug, why)
  ON CONFLICT ("xid", "slug") DO NOTHING
  RETURNING "id" INTO change_id;
  IF change_id IS NOT NULL THEN
    PERFORM pg_notify('public_page_change', json_build_object('id', change_id::text, 'slug', page_slug)::text);
  END IF;
END $$;

-- A revision becomes the notice's public one (first publication or amendment).
CREATE FUNCTION revision_public_page_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR OLD."status" IS DISTINCT FROM NEW."status" THEN
    PERFORM public_page_change_log(NEW."noticeId", (SELECT "slug" FROM "Notice" WHERE "id" = NEW."noticeId"), 'revision.published');
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Revision_public_page_change" AFTER INSERT OR UPDATE OF "status" ON "Revision"
  FOR EACH ROW WHEN (NEW."status" = 'PUBLISHED') EXECUTE FUNCTION revision_public_page_change();

-- Withdrawal, deletion, a changed slug or kind of a notice that has public pages (a
-- draft that was never published has none). A new slug leaves the old one's pages
-- behind: both are refreshed (the old ones then answer 404).
CREATE FUNCTION notice_public_page_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Revision" WHERE "noticeId" = NEW."id" AND "status" IN ('PUBLISHED', 'SUPERSEDED')) THEN
    PERFORM public_page_change_log(NEW."id", NEW."slug", 'notice.changed');
    IF OLD."slug" <> NEW."slug" THEN
      PERFORM public_page_change_log(NEW."id", OLD."slug", 'notice.changed');
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Notice_public_page_change" AFTER UPDATE OF "slug", "kind", "state", "deletedAt" ON "Notice"
  FOR EACH ROW
  WHEN ((OLD."slug", OLD."kind", OLD."state", OLD."deletedAt") IS DISTINCT FROM (NEW."slug", NEW."kind", NEW."state", NEW."deletedAt"))
  EXECUTE FUNCTION notice_public_page_change();
