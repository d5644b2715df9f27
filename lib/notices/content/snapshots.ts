import "server-only";
import type { Tx } from "@/lib/db";
import { catalogCellLabel } from "@/lib/notices/preview/impact-preview";

// Published means frozen (DESIGN.md, Decision 2): at publication a revision keeps
// copies of what it shows from referenced records, so that editing a contact,
// the brand or a catalog name later never rewrites an old notice.

export interface ContactSnapshot {
  organizationJa: string;
  organizationEn: string | null;
  departmentJa: string;
  departmentEn: string | null;
  freeDial: string | null;
  phone: string | null;
  hoursLabelJa: string | null;
  hoursLabelEn: string | null;
  hours: string | null;
  email: string | null;
  /** absent in snapshots frozen before it was recorded: those showed HALF_WIDTH */
  punctuation?: ContactPunctuation;
}

export type ContactPunctuation = "HALF_WIDTH" | "FULL_WIDTH";

export interface IssuerSnapshot {
  nameJa: string;
  nameEn: string | null;
  serviceNameJa: string;
  serviceNameEn: string | null;
  logoPath: string | null;
  copyrightJa: string | null;
  copyrightEn: string | null;
}

const catalogName = (ref: {
  audience: { nameJa: string; nameEn: string | null } | null;
  service: { nameJa: string; nameEn: string | null } | null;
  paymentMethod: { nameJa: string; nameEn: string | null } | null;
  channel: { nameJa: string; nameEn: string | null } | null;
}) => ref.audience ?? ref.service ?? ref.paymentMethod ?? ref.channel;

type ContactRecord = Omit<ContactSnapshot, "punctuation"> & { punctuation: ContactPunctuation };
type IssuerRecord = IssuerSnapshot;

/**
 * The issuer a published revision was frozen with. Every publication freezes one
 * (freezeSnapshots); there is no fallback to today's issuer record, which would
 * rename old notices (Decision 2).
 */
export function frozenIssuer(revision: { id: string; issuerSnapshot: unknown }): IssuerSnapshot {
  if (!revision.issuerSnapshot) throw new Error(`published revision ${revision.id} has no frozen issuer`);
  return revision.issuerSnapshot as IssuerSnapshot;
}

/** What a revision keeps of its contact (also what a preview of a draft shows). */
export function contactSnapshotOf(c: ContactRecord): ContactSnapshot {
  return {
    organizationJa: c.organizationJa,
    organizationEn: c.organizationEn,
    departmentJa: c.departmentJa,
    departmentEn: c.departmentEn,
    freeDial: c.freeDial,
    phone: c.phone,
    hoursLabelJa: c.hoursLabelJa,
    hoursLabelEn: c.hoursLabelEn,
    hours: c.hours,
    email: c.email,
    punctuation: c.punctuation,
  };
}

/** What a revision keeps of its issuer (also what a preview of a draft shows). */
export function issuerSnapshotOf(issuer: IssuerRecord): IssuerSnapshot {
  return {
    nameJa: issuer.nameJa,
    nameEn: issuer.nameEn,
    serviceNameJa: issuer.serviceNameJa,
    serviceNameEn: issuer.serviceNameEn,
    logoPath: issuer.logoPath,
    copyrightJa: issuer.copyrightJa,
    copyrightEn: issuer.copyrightEn,
  };
}

export async function freezeSnapshots(tx: Tx, revisionId: string, issuerId: string): Promise<void> {
  const revision = await tx.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { contact: true } });
  const issuer = await tx.issuer.findUniqueOrThrow({ where: { id: issuerId } });
  const contactSnapshot: ContactSnapshot | null = revision.contact && contactSnapshotOf(revision.contact);
  const issuerSnapshot: IssuerSnapshot = issuerSnapshotOf(issuer);
  await tx.revision.update({
    where: { id: revisionId },
    data: { contactSnapshot: contactSnapshot ? { ...contactSnapshot } : undefined, issuerSnapshot: { ...issuerSnapshot } },
  });
  // Catalog cells without a label of their own get the catalog names of today.
  const cells = await tx.impactCell.findMany({
    where: { labelJa: null, refs: { some: {} }, row: { table: { block: { section: { revisionId } } } } },
    include: { refs: { orderBy: { position: "asc" }, include: { audience: true, service: true, paymentMethod: true, channel: true } } },
  });
  for (const cell of cells) {
    const label = catalogCellLabel(cell.refs.map(catalogName).filter((n) => n !== null), cell.labelEn);
    await tx.impactCell.update({ where: { id: cell.id }, data: { labelJa: label.ja, labelEn: label.en ?? null } });
  }
}
