import { asc } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { amountBands, lenders, outcomes, stages } from '@/db/schema';

export interface TaxonomyItem {
  id: number;
  slug: string;
  labelZh: string;
  labelEn: string;
  position: number;
}

export interface Taxonomy {
  stages: TaxonomyItem[];
  outcomes: (TaxonomyItem & { isResolution: boolean })[];
  lenders: (TaxonomyItem & { isOther: boolean })[];
  amountBands: TaxonomyItem[];
}

/** Four small reads; the rows only change by migration, so callers may cache the result. */
export async function loadTaxonomy(db: Database): Promise<Taxonomy> {
  const [stageRows, outcomeRows, lenderRows, bandRows] = await Promise.all([
    db.select().from(stages).orderBy(asc(stages.position)),
    db.select().from(outcomes).orderBy(asc(outcomes.position)),
    db.select().from(lenders).orderBy(asc(lenders.position)),
    db.select().from(amountBands).orderBy(asc(amountBands.position)),
  ]);
  return { stages: stageRows, outcomes: outcomeRows, lenders: lenderRows, amountBands: bandRows };
}

export function bySlug<T extends TaxonomyItem>(items: T[], slug: string | undefined): T | undefined {
  return slug === undefined ? undefined : items.find((item) => item.slug === slug);
}

export function byId<T extends TaxonomyItem>(items: T[], id: number | null | undefined): T | undefined {
  return id == null ? undefined : items.find((item) => item.id === id);
}

export const SETTLED_STAGE_SLUG = 'settled';
