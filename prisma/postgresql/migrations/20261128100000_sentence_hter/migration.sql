-- HTER of each sentence, stored at write time (NULL on older rows until their article is read once).
ALTER TABLE "Sentence" ADD COLUMN "hter" DOUBLE PRECISION;
