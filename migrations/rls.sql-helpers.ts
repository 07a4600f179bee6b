// SQL builders shared by migrations so every tenant-owned table gets the same fail-closed policy.
// `nullif(..., '')` matters: outside a transaction the setting reads as '' and a bare ::uuid cast would
// raise instead of matching nothing (docs/architecture.md §11).
export const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
export const CURRENT_USER = `nullif(current_setting('app.user_id', true), '')::uuid`;
export const APP_ROLE = 'claimlane_app';

export function tenantTableRls(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy ${table}_tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
  ];
}

export function grantCrud(table: string): string {
  return `grant select, insert, update, delete on ${table} to ${APP_ROLE}`;
}
