// Gives every draft revision of the generated notices (ids `bench-r…`) the impact
// publication would store (lib/affected), so that they can be published in one
// UPDATE. The database refuses a publication without it. The generated content
// varies in few ways (which channels a window covers, whether it is cancelled, which
// service and payment method the table names), so revisions are grouped by exactly
// those facts; the real function derives the impact of one revision per group, and
// the others get a copy. Run by generate-notices.mjs:
//   tsx --conditions=react-server scripts/bench/store-impacts.ts
import { db } from "@/lib/db";
import { storeRevisionImpact } from "@/lib/affected/store";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";

async function main() {
  // what deriveAffected reads of this content: the windows (channels, status) and the table's references
  const groups = await db.$queryRaw<{ ids: string[] }[]>`
    SELECT array_agg(r."id" ORDER BY r."id") AS ids
      FROM "Revision" r
     WHERE r."id" LIKE 'bench-r%' AND r."status" = 'DRAFT'
     GROUP BY (SELECT string_agg(w."status" || ':' || (SELECT coalesce(string_agg(wc."channelId", ',' ORDER BY wc."channelId"), '')
                                                         FROM "MaintenanceWindowChannel" wc WHERE wc."windowId" = w."id"), ';' ORDER BY w."position")
                 FROM "MaintenanceWindow" w WHERE w."revisionId" = r."id"),
              (SELECT string_agg(coalesce(f."serviceId", '') || '/' || coalesce(f."paymentMethodId", ''), ';' ORDER BY x."id", f."position")
                 FROM "Section" s JOIN "Block" b ON b."sectionId" = s."id" JOIN "ImpactTable" t ON t."blockId" = b."id"
                 JOIN "ImpactRow" w ON w."tableId" = t."id" JOIN "ImpactCell" x ON x."rowId" = w."id"
                 JOIN "ImpactCellRef" f ON f."cellId" = x."id"
                WHERE s."revisionId" = r."id")`;
  for (const { ids } of groups) {
    const [first, ...rest] = ids;
    await db.$transaction(async (tx) => {
      const revision = await tx.revision.findUniqueOrThrow({ where: { id: first }, include: revisionInclude });
      await storeRevisionImpact(tx, first!, revisionContent(revision));
      await tx.$executeRaw`
        INSERT INTO "RevisionImpact" ("revisionId", "result", "names")
        SELECT id, i."result", i."names" FROM unnest(${rest}::text[]) AS id, "RevisionImpact" i WHERE i."revisionId" = ${first}`;
    });
  }
  console.log(JSON.stringify({ revisions: groups.reduce((n, g) => n + g.ids.length, 0), derived: groups.length }));
  await db.$disconnect();
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
