-- CreateEnum
CREATE TYPE "SubscriptionTokenPurpose" AS ENUM ('CONFIRM', 'MANAGE');

-- CreateTable
CREATE TABLE "SubscriptionToken" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "purpose" "SubscriptionTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SubscriptionToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionRequest" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "SubscriptionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionToken_tokenHash_key" ON "SubscriptionToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SubscriptionToken_subscriberId_purpose_idx" ON "SubscriptionToken"("subscriberId", "purpose");

-- CreateIndex
CREATE INDEX "SubscriptionRequest_email_at_idx" ON "SubscriptionRequest"("email", "at");

-- CreateIndex
CREATE INDEX "SubscriptionRequest_address_at_idx" ON "SubscriptionRequest"("address", "at");

-- CreateIndex
CREATE INDEX "SubscriptionRequest_at_idx" ON "SubscriptionRequest"("at");

-- AddForeignKey
ALTER TABLE "SubscriptionToken" ADD CONSTRAINT "SubscriptionToken_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

