/*
  Warnings:

  - A unique constraint covering the columns `[followUpScreenerId]` on the table `Task` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "followUpScreenerId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Task_followUpScreenerId_key" ON "Task"("followUpScreenerId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_followUpScreenerId_fkey" FOREIGN KEY ("followUpScreenerId") REFERENCES "Screener"("id") ON DELETE SET NULL ON UPDATE CASCADE;
