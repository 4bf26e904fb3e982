import type { EntityManager } from 'typeorm';

/**
 * Whether a liaison account may be bound to the agency: one in use in the member-agency
 * directory (table agency, kept by the verification module's AgencyDirectory and seeded from
 * config/agencies.yaml). Read here rather than through AgencyDirectory, which depends on auth.
 */
export async function agencyInUse(manager: EntityManager, code: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM agency WHERE code = $1 AND active`, [code]);
  return rows.length > 0;
}
