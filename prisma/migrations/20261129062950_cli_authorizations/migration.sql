-- CreateTable
CREATE TABLE "CliAuthorization" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "codeChallenge" TEXT NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "tokenName" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CliAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CliAuthorization_codeHash_key" ON "CliAuthorization"("codeHash");

-- CreateIndex
CREATE INDEX "CliAuthorization_userId_idx" ON "CliAuthorization"("userId");

-- AddForeignKey
ALTER TABLE "CliAuthorization" ADD CONSTRAINT "CliAuthorization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
