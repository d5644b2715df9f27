-- CreateEnum
CREATE TYPE "MaintenanceControl" AS ENUM ('START', 'EXTEND', 'END');

-- CreateEnum
CREATE TYPE "ControlSource" AS ENUM ('CONSOLE', 'CLI');

-- CreateTable
CREATE TABLE "MaintenanceCommand" (
    "id" TEXT NOT NULL,
    "control" "MaintenanceControl" NOT NULL,
    "source" "ControlSource" NOT NULL,
    "operatorId" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "windowKey" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintenanceCommand_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MaintenanceCommand_revisionId_key" ON "MaintenanceCommand"("revisionId");

-- CreateIndex
CREATE INDEX "MaintenanceCommand_noticeId_idx" ON "MaintenanceCommand"("noticeId");

-- AddForeignKey
ALTER TABLE "MaintenanceCommand" ADD CONSTRAINT "MaintenanceCommand_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceCommand" ADD CONSTRAINT "MaintenanceCommand_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceCommand" ADD CONSTRAINT "MaintenanceCommand_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Hand-written (Prisma's schema cannot say these) ─────────────

-- A recorded control is evidence (who switched the screen, from where, when): append-only.
CREATE FUNCTION maintenance_command_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'maintenance commands are append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "MaintenanceCommand_append_only" BEFORE UPDATE OR DELETE ON "MaintenanceCommand"
  FOR EACH ROW EXECUTE FUNCTION maintenance_command_guard();

-- Break glass: 緊急 and 障害 notices, and (Decision 5: "every use of the maintenance
-- controls is break glass") a revision the maintenance controls extend or end, whatever
-- the notice's kind: a 定期 maintenance running late is extended by one click. The
-- control is recorded (above) in the same transaction, before the publication.
CREATE OR REPLACE FUNCTION revision_break_glass_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k "NoticeKind";
BEGIN
  SELECT "kind" INTO k FROM "Notice" WHERE "id" = NEW."noticeId";
  IF k IN ('EMERGENCY', 'INCIDENT') THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM "MaintenanceCommand" c WHERE c."revisionId" = NEW."id" AND c."control" IN ('EXTEND', 'END')) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'break glass publishes only EMERGENCY and INCIDENT notices, and revisions of the maintenance controls, not % (revision %)', k, NEW."id"
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
