-- CreateEnum
CREATE TYPE "MailLocale" AS ENUM ('ja', 'en');

-- CreateEnum
CREATE TYPE "ContactPurpose" AS ENUM ('TECHNICAL', 'BUSINESS');

-- CreateEnum
CREATE TYPE "SendEvent" AS ENUM ('PUBLICATION', 'REMINDER', 'WINDOW_START', 'WINDOW_END');

-- AlterEnum
ALTER TYPE "SendStatus" ADD VALUE 'SUPPRESSED';

-- DropIndex
DROP INDEX "MerchantContact_merchantId_email_key";

-- AlterTable
-- (hand-written: a type change keeps the rows' languages; Prisma's diff drops the column)
ALTER TABLE "Merchant" ALTER COLUMN "locale" DROP DEFAULT;
ALTER TABLE "Merchant" ALTER COLUMN "locale" TYPE "MailLocale" USING ("locale"::"MailLocale");
ALTER TABLE "Merchant" ALTER COLUMN "locale" SET DEFAULT 'ja';

-- AlterTable
ALTER TABLE "MerchantContact" ADD COLUMN     "purpose" "ContactPurpose" NOT NULL DEFAULT 'TECHNICAL';

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "description" TEXT;

-- AlterTable
ALTER TABLE "SendLog" ADD COLUMN     "event" "SendEvent" NOT NULL DEFAULT 'PUBLICATION',
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "locale" "MailLocale",
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "subscriberId" TEXT,
ADD COLUMN     "windowId" TEXT;

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "MailLocale" NOT NULL DEFAULT 'ja',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriberService" (
    "subscriberId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "SubscriberService_pkey" PRIMARY KEY ("subscriberId","serviceId")
);

-- CreateTable
CREATE TABLE "SubscriberPaymentMethod" (
    "subscriberId" TEXT NOT NULL,
    "paymentMethodId" TEXT NOT NULL,

    CONSTRAINT "SubscriberPaymentMethod_pkey" PRIMARY KEY ("subscriberId","paymentMethodId")
);

-- CreateTable
CREATE TABLE "SubscriberChannel" (
    "subscriberId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "SubscriberChannel_pkey" PRIMARY KEY ("subscriberId","channelId")
);

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sendLogId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clearedAt" TIMESTAMP(3),
    "clearedById" TEXT,

    CONSTRAINT "Suppression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaughtMail" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "recipients" TEXT[],
    "subject" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaughtMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Suppression_address_idx" ON "Suppression"("address");

-- CreateIndex
CREATE INDEX "CaughtMail_createdAt_idx" ON "CaughtMail"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MerchantContact_merchantId_email_purpose_key" ON "MerchantContact"("merchantId", "email", "purpose");

-- CreateIndex
CREATE INDEX "MerchantService_serviceId_idx" ON "MerchantService"("serviceId");

-- CreateIndex
CREATE INDEX "MerchantPaymentMethod_paymentMethodId_idx" ON "MerchantPaymentMethod"("paymentMethodId");

-- CreateIndex
CREATE INDEX "MerchantChannel_channelId_idx" ON "MerchantChannel"("channelId");

-- CreateIndex
CREATE UNIQUE INDEX "SendLog_messageId_key" ON "SendLog"("messageId");

-- CreateIndex
CREATE INDEX "SendLog_noticeId_createdAt_idx" ON "SendLog"("noticeId", "createdAt");

-- CreateIndex
CREATE INDEX "SendLog_status_createdAt_idx" ON "SendLog"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "SubscriberService" ADD CONSTRAINT "SubscriberService_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberService" ADD CONSTRAINT "SubscriberService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberPaymentMethod" ADD CONSTRAINT "SubscriberPaymentMethod_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberPaymentMethod" ADD CONSTRAINT "SubscriberPaymentMethod_paymentMethodId_fkey" FOREIGN KEY ("paymentMethodId") REFERENCES "PaymentMethod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberChannel" ADD CONSTRAINT "SubscriberChannel_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriberChannel" ADD CONSTRAINT "SubscriberChannel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "MaintenanceWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SendLog" ADD CONSTRAINT "SendLog_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: an address is suppressed at most once at a time (cleared rows are history).
CREATE UNIQUE INDEX "Suppression_address_active_key" ON "Suppression"("address") WHERE "clearedAt" IS NULL;
