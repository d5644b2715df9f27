-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "withdrawnReason" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "rejectedById" TEXT,
ADD COLUMN     "rejectionComment" TEXT,
ADD COLUMN     "scheduledById" TEXT;

-- CreateTable
CREATE TABLE "RevisionEditor" (
    "revisionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstSavedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSavedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevisionEditor_pkey" PRIMARY KEY ("revisionId","userId")
);

-- CreateIndex
CREATE INDEX "RevisionEditor_userId_idx" ON "RevisionEditor"("userId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_rejectedById_fkey" FOREIGN KEY ("rejectedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionEditor" ADD CONSTRAINT "RevisionEditor_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevisionEditor" ADD CONSTRAINT "RevisionEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── Hand-written (lib/notices/commands holds the same rules in code) ─────────────

-- Every author is an editor of their revision (the commands write this row for new ones).
INSERT INTO "RevisionEditor" ("revisionId", "userId", "firstSavedAt", "lastSavedAt")
SELECT "id", "authorId", "createdAt", "updatedAt" FROM "Revision" WHERE "authorId" IS NOT NULL
ON CONFLICT DO NOTHING;

-- Four eyes (DESIGN.md Decision 5): nobody approves a revision they wrote, edited or
-- submitted. Checked when an approval is recorded, and when someone becomes an editor
-- of a revision they approved (the commands clear the approval first: editing an
-- approved revision sends it back to draft).
CREATE FUNCTION revision_four_eyes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."approvedById" = NEW."authorId" OR NEW."approvedById" = NEW."submittedById"
     OR EXISTS (SELECT 1 FROM "RevisionEditor" e WHERE e."revisionId" = NEW."id" AND e."userId" = NEW."approvedById") THEN
    RAISE EXCEPTION 'revision %: user % wrote, edited or submitted it and cannot approve it (four eyes)', NEW."id", NEW."approvedById"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Revision_four_eyes" BEFORE INSERT OR UPDATE OF "approvedById", "authorId", "submittedById" ON "Revision"
  FOR EACH ROW WHEN (NEW."approvedById" IS NOT NULL) EXECUTE FUNCTION revision_four_eyes_guard();

CREATE FUNCTION revision_editor_four_eyes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Revision" r WHERE r."id" = NEW."revisionId" AND r."approvedById" = NEW."userId") THEN
    RAISE EXCEPTION 'revision %: its approver % cannot edit it while it stays approved (four eyes)', NEW."revisionId", NEW."userId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "RevisionEditor_four_eyes" BEFORE INSERT OR UPDATE ON "RevisionEditor"
  FOR EACH ROW EXECUTE FUNCTION revision_editor_four_eyes_guard();

-- A notice's slug and kind never change once it has been published: its URLs, feed
-- ids and calendar UIDs rest on them (a withdrawn notice keeps them too).
CREATE FUNCTION notice_identity_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Revision" r WHERE r."noticeId" = OLD."id" AND r."number" IS NOT NULL) THEN
    RAISE EXCEPTION 'notice % has been published: its slug and kind cannot change', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Notice_identity_fixed" BEFORE UPDATE OF "slug", "kind" ON "Notice"
  FOR EACH ROW WHEN (NEW."slug" IS DISTINCT FROM OLD."slug" OR NEW."kind" IS DISTINCT FROM OLD."kind")
  EXECUTE FUNCTION notice_identity_guard();
