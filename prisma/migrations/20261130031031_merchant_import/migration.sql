-- CreateEnum
CREATE TYPE "MerchantImportMode" AS ENUM ('FULL', 'PARTIAL');

-- CreateTable
CREATE TABLE "MerchantImportToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "MerchantImportToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MerchantImport" (
    "id" TEXT NOT NULL,
    "mode" "MerchantImportMode" NOT NULL,
    "fileName" TEXT,
    "rows" JSONB NOT NULL,
    "plan" JSONB NOT NULL,
    "directoryHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "tokenId" TEXT,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "MerchantImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MerchantImportToken_tokenHash_key" ON "MerchantImportToken"("tokenHash");

