-- A sentence has one revision per version: the save path relies on it to refuse a second write of the same version.
DROP INDEX "Revision_sentenceId_version_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Revision_sentenceId_version_key" ON "Revision"("sentenceId", "version");
