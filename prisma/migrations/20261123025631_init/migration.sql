-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'APPROVER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ChannelType" AS ENUM ('PAYMENT_PAGE', 'API', 'MODAL', 'CONSOLE', 'TEST');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('SCHEDULED', 'EXTRAORDINARY', 'EMERGENCY', 'INCIDENT', 'INFORMATION');

-- CreateEnum
CREATE TYPE "NoticeState" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'REJECTED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "MerchantAction" AS ENUM ('NONE', 'CONDITIONAL', 'REQUIRED');

-- CreateEnum
CREATE TYPE "AmendmentType" AS ENUM ('ADDENDUM', 'CORRECTION', 'CHANGE', 'EXTENSION', 'CANCELLATION', 'COMPLETION', 'FOLLOW_UP', 'RECOVERY', 'EDITORIAL');

-- CreateEnum
CREATE TYPE "WindowStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('BODY', 'ATTACHMENT');

-- CreateEnum
CREATE TYPE "BlockType" AS ENUM ('PROSE', 'WINDOWS', 'IMPACT_TABLE', 'DELAYS', 'API_CHANGE', 'MERCHANT_ACTION', 'FUTURE_PLAN', 'CONTACT', 'SCREEN_PREVIEW', 'ERROR_CODE', 'IMAGE');

-- CreateEnum
CREATE TYPE "ColumnRole" AS ENUM ('AUDIENCE', 'SERVICE', 'PAYMENT_METHOD', 'CHANNEL', 'EFFECT', 'AVAILABILITY');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('AVAILABLE', 'UNAVAILABLE');

-- CreateEnum
CREATE TYPE "ModalBehavior" AS ENUM ('FULL_PAGE', 'INLINE');

-- CreateEnum
CREATE TYPE "SendChannel" AS ENUM ('EMAIL', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "SendStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "Role"[],
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "noticeId" TEXT,
    "revisionId" TEXT,
    "breakGlass" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentMethod" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" "ChannelType" NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audience" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Audience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issuer" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "serviceNameJa" TEXT NOT NULL,
    "serviceNameEn" TEXT,
    "logoPath" TEXT,
    "copyrightJa" TEXT,
    "copyrightEn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Issuer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "organizationJa" TEXT NOT NULL,
    "organizationEn" TEXT,
    "departmentJa" TEXT NOT NULL,
    "departmentEn" TEXT,
    "freeDial" TEXT,
    "phone" TEXT,
    "hoursLabelJa" TEXT,
    "hoursLabelEn" TEXT,
    "hours" TEXT,
    "email" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreenDefaults" (
    "id" TEXT NOT NULL,
    "issuerId" TEXT NOT NULL,
    "errorCode" TEXT NOT NULL,
    "headingJa" TEXT NOT NULL,
    "headingEn" TEXT,
    "messageJa" TEXT NOT NULL,
    "messageEn" TEXT,
    "periodLabelJa" TEXT NOT NULL,
    "periodLabelEn" TEXT,
    "inlineMessageJa" TEXT NOT NULL,
    "inlineMessageEn" TEXT,
    "contactLabelJa" TEXT NOT NULL,
    "contactLabelEn" TEXT,
    "contactLinesJa" TEXT[],
    "contactLinesEn" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScreenDefaults_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeTemplate" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "content" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoticeTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "state" "NoticeState" NOT NULL DEFAULT 'DRAFT',
    "issuerId" TEXT NOT NULL,
    "createdById" TEXT,
    "copiedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "number" INTEGER,
    "status" "RevisionStatus" NOT NULL DEFAULT 'DRAFT',
    "basedOnId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "addresseeJa" TEXT,
    "addresseeEn" TEXT,
    "signed" BOOLEAN NOT NULL DEFAULT false,
    "leadJa" TEXT NOT NULL,
    "leadEn" TEXT,
    "hasKi" BOOLEAN NOT NULL DEFAULT true,
    "hasIjo" BOOLEAN NOT NULL DEFAULT true,
    "merchantAction" "MerchantAction" NOT NULL DEFAULT 'NONE',
    "merchantActionJa" TEXT,
    "merchantActionEn" TEXT,
    "contactId" TEXT,
    "contactSnapshot" JSONB,
    "issuerSnapshot" JSONB,
    "authorId" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishAt" TIMESTAMP(3),
    "breakGlass" BOOLEAN NOT NULL DEFAULT false,
    "backfill" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "type" "AmendmentType" NOT NULL,
    "summaryJa" TEXT NOT NULL,
    "summaryEn" TEXT,
    "sectionKeys" TEXT[],
    "windowKeys" TEXT[],

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceWindow" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "WindowStatus" NOT NULL DEFAULT 'SCHEDULED',
    "channelKeys" TEXT[],

    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SectionKind" NOT NULL DEFAULT 'BODY',
    "position" INTEGER NOT NULL,
    "headingJa" TEXT,
    "headingEn" TEXT,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "BlockType" NOT NULL,
    "bodyJa" TEXT,
    "bodyEn" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Footnote" (
    "id" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textJa" TEXT NOT NULL,
    "textEn" TEXT,

    CONSTRAINT "Footnote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactTable" (
    "id" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "captionJa" TEXT,
    "captionEn" TEXT,

    CONSTRAINT "ImpactTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactColumn" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "ColumnRole" NOT NULL,
    "headerJa" TEXT NOT NULL,
    "headerEn" TEXT,
    "groupRows" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImpactColumn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactRow" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ImpactRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactCell" (
    "id" TEXT NOT NULL,
    "rowId" TEXT NOT NULL,
    "columnId" TEXT NOT NULL,
    "labelJa" TEXT,
    "labelEn" TEXT,
    "textJa" TEXT,
    "textEn" TEXT,
    "availability" "Availability",

    CONSTRAINT "ImpactCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactCellRef" (
    "id" TEXT NOT NULL,
    "cellId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "serviceId" TEXT,
    "paymentMethodId" TEXT,
    "channelId" TEXT,
    "audienceId" TEXT,

    CONSTRAINT "ImpactCellRef_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreenSettings" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "errorCode" TEXT NOT NULL,
    "modalBehavior" "ModalBehavior" NOT NULL DEFAULT 'FULL_PAGE',
    "resendRequired" BOOLEAN NOT NULL DEFAULT true,
    "headingJa" TEXT NOT NULL,
    "headingEn" TEXT,
    "messageJa" TEXT NOT NULL,
    "messageEn" TEXT,
    "periodLabelJa" TEXT NOT NULL,
    "periodLabelEn" TEXT,
    "inlineMessageJa" TEXT NOT NULL,
    "inlineMessageEn" TEXT,
    "contactLabelJa" TEXT NOT NULL,
    "contactLabelEn" TEXT,
    "contactLinesJa" TEXT[],
    "contactLinesEn" TEXT[],

    CONSTRAINT "ScreenSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreenChannel" (
    "screenId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "ScreenChannel_pkey" PRIMARY KEY ("screenId","channelId")
);

-- CreateTable
CREATE TABLE "Merchant" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "Merchant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MerchantContact" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "MerchantContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MerchantService" (
    "merchantId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "MerchantService_pkey" PRIMARY KEY ("merchantId","serviceId")
);

-- CreateTable
CREATE TABLE "MerchantPaymentMethod" (
    "merchantId" TEXT NOT NULL,
    "paymentMethodId" TEXT NOT NULL,

    CONSTRAINT "MerchantPaymentMethod_pkey" PRIMARY KEY ("merchantId","paymentMethodId")
);

-- CreateTable
CREATE TABLE "MerchantChannel" (
    "merchantId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "MerchantChannel_pkey" PRIMARY KEY ("merchantId","channelId")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SendLog" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "merchantId" TEXT,
    "webhookId" TEXT,
    "channel" "SendChannel" NOT NULL,
    "recipient" TEXT,
    "status" "SendStatus" NOT NULL,
    "reason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "SendLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_noticeId_at_idx" ON "AuditEvent"("noticeId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Service_key_key" ON "Service"("key");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentMethod_key_key" ON "PaymentMethod"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_key_key" ON "Channel"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Audience_key_key" ON "Audience"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Issuer_key_key" ON "Issuer"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_key_key" ON "Contact"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ScreenDefaults_issuerId_key" ON "ScreenDefaults"("issuerId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeTemplate_key_key" ON "NoticeTemplate"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_slug_key" ON "Notice"("slug");

-- CreateIndex
CREATE INDEX "Notice_state_kind_idx" ON "Notice"("state", "kind");

-- CreateIndex
CREATE INDEX "Revision_status_publishAt_idx" ON "Revision"("status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_noticeId_number_key" ON "Revision"("noticeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_revisionId_key" ON "Amendment"("revisionId");

-- CreateIndex
CREATE INDEX "MaintenanceWindow_startsAt_endsAt_idx" ON "MaintenanceWindow"("startsAt", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MaintenanceWindow_revisionId_key_key" ON "MaintenanceWindow"("revisionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Section_revisionId_key_key" ON "Section"("revisionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Section_revisionId_kind_position_key" ON "Section"("revisionId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Block_sectionId_position_key" ON "Block"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Footnote_blockId_key_key" ON "Footnote"("blockId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Footnote_blockId_position_key" ON "Footnote"("blockId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactTable_blockId_key" ON "ImpactTable"("blockId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactColumn_tableId_position_key" ON "ImpactColumn"("tableId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactRow_tableId_position_key" ON "ImpactRow"("tableId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactCell_rowId_columnId_key" ON "ImpactCell"("rowId", "columnId");

-- CreateIndex
CREATE INDEX "ImpactCellRef_serviceId_idx" ON "ImpactCellRef"("serviceId");

-- CreateIndex
CREATE INDEX "ImpactCellRef_paymentMethodId_idx" ON "ImpactCellRef"("paymentMethodId");

-- CreateIndex
CREATE INDEX "ImpactCellRef_channelId_idx" ON "ImpactCellRef"("channelId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactCellRef_cellId_position_key" ON "ImpactCellRef"("cellId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ScreenSettings_revisionId_key" ON "ScreenSettings"("revisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Merchant_code_key" ON "Merchant"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MerchantContact_merchantId_email_key" ON "MerchantContact"("merchantId", "email");

-- CreateIndex
CREATE INDEX "SendLog_revisionId_status_idx" ON "SendLog"("revisionId", "status");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreenDefaults" ADD CONSTRAINT "ScreenDefaults_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Issuer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Issuer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Footnote" ADD CONSTRAINT "Footnote_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactTable" ADD CONSTRAINT "ImpactTable_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactColumn" ADD CONSTRAINT "ImpactColumn_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "ImpactTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactRow" ADD CONSTRAINT "ImpactRow_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "ImpactTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCell" ADD CONSTRAINT "ImpactCell_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "ImpactRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCell" ADD CONSTRAINT "ImpactCell_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "ImpactColumn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "ImpactCell"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_paymentMethodId_fkey" FOREIGN KEY ("paymentMethodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreenSettings" ADD CONSTRAINT "ScreenSettings_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreenChannel" ADD CONSTRAINT "ScreenChannel_screenId_fkey" FOREIGN KEY ("screenId") REFERENCES "ScreenSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreenChannel" ADD CONSTRAINT "ScreenChannel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantContact" ADD CONSTRAINT "MerchantContact_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantService" ADD CONSTRAINT "MerchantService_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantService" ADD CONSTRAINT "MerchantService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantPaymentMethod" ADD CONSTRAINT "MerchantPaymentMethod_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantPaymentMethod" ADD CONSTRAINT "MerchantPaymentMethod_paymentMethodId_fkey" FOREIGN KEY ("paymentMethodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantChannel" ADD CONSTRAINT "MerchantChannel_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MerchantChannel" ADD CONSTRAINT "MerchantChannel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── Constraints Prisma's schema cannot express ─────────────

-- One published revision per notice at a time.
CREATE UNIQUE INDEX "Revision_one_published_per_notice" ON "Revision"("noticeId") WHERE "status" = 'PUBLISHED';

-- A revision has a number and a publication instant exactly when it has been published.
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_number_iff_published"
  CHECK ((("status" IN ('PUBLISHED', 'SUPERSEDED')) = ("number" IS NOT NULL))
     AND (("status" IN ('PUBLISHED', 'SUPERSEDED')) = ("publishedAt" IS NOT NULL)));
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_number_positive" CHECK ("number" IS NULL OR "number" >= 1);

-- A window ends after it starts.
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_end_after_start" CHECK ("endsAt" > "startsAt");

-- A cell reference names exactly one catalog entry.
ALTER TABLE "ImpactCellRef" ADD CONSTRAINT "ImpactCellRef_exactly_one"
  CHECK (num_nonnulls("serviceId", "paymentMethodId", "channelId", "audienceId") = 1);

-- URLs are contracts: slugs are lower-case words joined by hyphens.
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- ───────────── Published revisions are immutable ─────────────

-- A published revision may only move from PUBLISHED to SUPERSEDED; nothing else
-- about it, nor anything it contains, may change or disappear.
CREATE FUNCTION revision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" IN ('PUBLISHED', 'SUPERSEDED') THEN
      RAISE EXCEPTION 'revision % is published and cannot be deleted', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" IN ('PUBLISHED', 'SUPERSEDED') THEN
    IF OLD."status" = 'PUBLISHED' AND NEW."status" = 'SUPERSEDED'
       AND (to_jsonb(NEW) - 'status' - 'updatedAt') = (to_jsonb(OLD) - 'status' - 'updatedAt') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'revision % is published and immutable', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Revision_immutable" BEFORE UPDATE OR DELETE ON "Revision" FOR EACH ROW EXECUTE FUNCTION revision_guard();

-- The revision a content row belongs to, whatever its table.
CREATE FUNCTION content_revision_id(tbl text, r jsonb) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE tbl
    WHEN 'Section' THEN r->>'revisionId'
    WHEN 'MaintenanceWindow' THEN r->>'revisionId'
    WHEN 'ScreenSettings' THEN r->>'revisionId'
    WHEN 'Amendment' THEN r->>'revisionId'
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

CREATE FUNCTION content_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rev text;
  st "RevisionStatus";
BEGIN
  FOR rev IN SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN content_revision_id(TG_TABLE_NAME, to_jsonb(OLD)) END,
      CASE WHEN TG_OP <> 'DELETE' THEN content_revision_id(TG_TABLE_NAME, to_jsonb(NEW)) END]) AS x WHERE x IS NOT NULL
  LOOP
    SELECT "status" INTO st FROM "Revision" WHERE "id" = rev;
    IF st IN ('PUBLISHED', 'SUPERSEDED') THEN
      RAISE EXCEPTION '% of published revision % is immutable', TG_TABLE_NAME, rev USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Section','MaintenanceWindow','ScreenSettings','Amendment','Block','Footnote',
                           'ImpactTable','ImpactColumn','ImpactRow','ImpactCell','ImpactCellRef','ScreenChannel'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION content_guard()',
                   t || '_immutable_when_published', t);
  END LOOP;
END $$;

-- ───────────── The audit log is append-only ─────────────
-- The only change allowed is recording, once, who reviewed a break-glass event.
CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."reviewedAt" IS NULL
     AND (to_jsonb(NEW) - 'reviewedAt' - 'reviewedById') = (to_jsonb(OLD) - 'reviewedAt' - 'reviewedById') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_guard();
