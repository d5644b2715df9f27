-- revision_search_texts ordered a block's typed texts (delays, API changes …) only by
-- their path ("every ja", "every en" …): the texts one path finds tied, and PostgreSQL
-- returned tied rows in whatever order its plan of the moment produced. A document
-- stored at publication then differed in line order from the same texts read later
-- (seen once the tables had grown and been analysed). The texts a path finds now keep
-- the order jsonb_path_query gives them (WITH ORDINALITY). What a document matches is
-- unchanged (search terms have no line breaks), so stored documents stay as they are.
CREATE OR REPLACE FUNCTION revision_search_texts(rev text) RETURNS TABLE (lang text, body text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY WITH sections AS (
    SELECT s.*, CASE s."kind" WHEN 'BODY' THEN 0 ELSE 1 END AS k FROM "Section" s WHERE s."revisionId" = rev
  ), blocks AS (
    SELECT b.*, s.k, s."position" AS sp FROM "Block" b JOIN sections s ON s."id" = b."sectionId"
  ), tables AS (
    SELECT t.*, b.k, b.sp, b."position" AS bp FROM "ImpactTable" t JOIN blocks b ON b."id" = t."blockId"
  ), texts(l, t, k, sp, bp, o, n) AS (
    SELECT v.l, v.t, -1, 0, 0, v.o, 0::bigint
      FROM "Revision" r,
           unnest(ARRAY['ja', 'en', 'ja', 'en', 'ja', 'en', 'ja', 'en'],
                  ARRAY[r."titleJa", r."titleEn", r."addresseeJa", r."addresseeEn", r."leadJa", r."leadEn", r."merchantActionJa", r."merchantActionEn"])
             WITH ORDINALITY AS v(l, t, o)
      WHERE r."id" = rev
    UNION ALL SELECT v.l, v.t, -1, 1, 0, v.o, 0
      FROM "Amendment" a, unnest(ARRAY['ja', 'en'], ARRAY[a."summaryJa", a."summaryEn"]) WITH ORDINALITY AS v(l, t, o)
      WHERE a."revisionId" = rev
    UNION ALL SELECT v.l, v.t, s.k, s."position", -1, v.o, 0
      FROM sections s, unnest(ARRAY['ja', 'en'], ARRAY[s."headingJa", s."headingEn"]) WITH ORDINALITY AS v(l, t, o)
    UNION ALL SELECT v.l, v.t, b.k, b.sp, b."position", v.o, 0
      FROM blocks b, unnest(ARRAY['ja', 'en'], ARRAY[b."bodyJa", b."bodyEn"]) WITH ORDINALITY AS v(l, t, o)
    -- typed blocks (delays, API changes, plans, captions, alt texts) keep their texts as
    -- { ja, en } pairs in data (lib/notices/content/schema.ts), API changes also field names and values
    UNION ALL SELECT p.l, x.v #>> '{}', b.k, b.sp, b."position", 10 + p.o, x.n
      FROM blocks b,
           unnest(ARRAY['ja', 'en', NULL, NULL, NULL],
                  ARRAY['strict $.**.ja', 'strict $.**.en', 'strict $.**.fieldName', 'strict $.**.endpoints[*]', 'strict $.**.values[*]']::jsonpath[])
             WITH ORDINALITY AS p(l, path, o),
           jsonb_path_query(b."data", p.path) WITH ORDINALITY AS x(v, n)
    UNION ALL SELECT v.l, v.t, t.k, t.sp, t.bp, 20 + v.o, 0
      FROM tables t, unnest(ARRAY['ja', 'en'], ARRAY[t."captionJa", t."captionEn"]) WITH ORDINALITY AS v(l, t, o)
    UNION ALL SELECT v.l, v.t, t.k, t.sp, t.bp, 30 + c."position" * 2 + v.o, 0
      FROM "ImpactColumn" c JOIN tables t ON t."id" = c."tableId",
           unnest(ARRAY['ja', 'en'], ARRAY[c."headerJa", c."headerEn"]) WITH ORDINALITY AS v(l, t, o)
    UNION ALL SELECT v.l, v.t, t.k, t.sp, t.bp, 1000 + w."position" * 1000 + col."position" * 4 + v.o, 0
      FROM "ImpactCell" c JOIN "ImpactRow" w ON w."id" = c."rowId" JOIN "ImpactColumn" col ON col."id" = c."columnId" JOIN tables t ON t."id" = w."tableId",
           unnest(ARRAY['ja', 'en', 'ja', 'en'], ARRAY[c."labelJa", c."labelEn", c."textJa", c."textEn"]) WITH ORDINALITY AS v(l, t, o)
    -- footnotes follow their block's text and table
    UNION ALL SELECT v.l, v.t, b.k, b.sp, b."position", 1000000000 + f."position" * 2 + v.o, 0
      FROM "Footnote" f JOIN blocks b ON b."id" = f."blockId",
           unnest(ARRAY['ja', 'en'], ARRAY[f."textJa", f."textEn"]) WITH ORDINALITY AS v(l, t, o)
  )
  SELECT texts.l, replace(texts.t, '{{errorCode}}', coalesce((SELECT "errorCode" FROM "ScreenSettings" WHERE "revisionId" = rev), ''))
    FROM texts WHERE texts.t IS NOT NULL AND texts.t <> ''
    ORDER BY texts.k, texts.sp, texts.bp, texts.o, texts.n;
END $$;

