-- Search terms of one or two characters (「払」, 「決済」): trigrams cannot serve them,
-- so each such search read and LIKE-checked every document, twice per request (the
-- page and the count). docs/decisions/0004-search.md.
--
-- The listing row carries the set of characters and adjacent character pairs of its
-- current revision's search document; `grams @> ARRAY[term]` is then exactly "the
-- document contains the term" for a term of one or two characters, and a GIN index
-- answers it without reading a document.

-- Every character and every pair of adjacent characters of a (folded) document, once
-- each, leaving out those with white space, which no search term contains (terms are
-- split on it: lib/notices/listing/query.ts, searchTerms). string_to_array with a NULL
-- delimiter splits into characters in one pass (substr(document, i, …) would walk the
-- text from its start for each i).
CREATE FUNCTION search_grams(document text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (SELECT string_to_array(document, NULL) AS chars) AS c,
         LATERAL (SELECT x FROM unnest(chars) AS x
                  UNION ALL
                  SELECT x || y FROM unnest(chars[1:cardinality(chars) - 1], chars[2:]) AS pair(x, y)) AS g(gram)
   WHERE gram !~ '\s'
$$;

-- AlterTable
ALTER TABLE "NoticeListing" ADD COLUMN     "grams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "NoticeListing_grams_idx" ON "NoticeListing" USING GIN ("grams");

-- No statistics for grams, on purpose. With them the planner knows that a common
-- character is in most documents and then prefers reading the table to the index; but
-- it does not count the cost of decompressing each row's array (hundreds of entries,
-- stored compressed out of line), which made `count` of 「払」 over 10,000 notices
-- take a second. Without them it takes `@>` as selective and always goes through the
-- index, which for arrays is exact (no recheck), so no array is ever decompressed.
ALTER TABLE "NoticeListing" ALTER COLUMN "grams" SET STATISTICS 0;

UPDATE "NoticeListing" l SET "grams" = search_grams(s."document") FROM "RevisionSearch" s WHERE s."revisionId" = l."revisionId";

-- The grams follow the row's revision: written when the row is, and whenever its
-- revision changes (an amendment published) or anything tries to set them otherwise.
-- RevisionSearch is written before the listing (revision_published_index).
CREATE FUNCTION notice_listing_grams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."revisionId" IS DISTINCT FROM OLD."revisionId" OR NEW."grams" IS DISTINCT FROM OLD."grams" THEN
    NEW."grams" := coalesce((SELECT search_grams("document") FROM "RevisionSearch" WHERE "revisionId" = NEW."revisionId"), '{}');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "NoticeListing_grams" BEFORE INSERT OR UPDATE ON "NoticeListing"
  FOR EACH ROW EXECUTE FUNCTION notice_listing_grams();
