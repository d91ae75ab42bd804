/*
  Warnings:

  - You are about to drop the column `followUpScreenerId` on the `Task` table. All the data in the column will be lost.

*/
-- DropForeignKey
ALTER TABLE "Task" DROP CONSTRAINT "Task_followUpScreenerId_fkey";

-- DropIndex
DROP INDEX "Task_followUpScreenerId_key";

-- AlterTable
ALTER TABLE "Task" DROP COLUMN "followUpScreenerId";
