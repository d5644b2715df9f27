// What the impact-table editor offers in its pickers: the catalog entries by kind, with
// their names, in catalog order. Plain data, so a server page can hand it to the client
// editor as props (load-catalog-options.ts reads it).

export interface CatalogOption {
  key: string;
  nameJa: string;
  nameEn: string | null;
  /** no longer offered for new rows; shown where a row already names it */
  archived: boolean;
}

/** Keyed by the column role that picks from them (content schema: catalogRoles). */
export interface CatalogOptions {
  AUDIENCE: CatalogOption[];
  SERVICE: CatalogOption[];
  PAYMENT_METHOD: CatalogOption[];
  CHANNEL: CatalogOption[];
}
