import { Command, InvalidArgumentError } from 'commander';
import { Client, Connection } from '@temporalio/client';
import { TenantDatabase, insertAuditEvent } from '@claimlane/server-db';
import {
  MasterKeys,
  objectStoreFromConfig,
  rewrapTenantDataKeys,
} from '@claimlane/server-documents';
import {
  TemporalTenantWorkflows,
  purgeDueTenants,
  restoreTenant,
  softDeleteTenant,
  type TenantWorkflowTerminator,
} from '@claimlane/server-tenancy';
import { parseUuid } from './cli-options';
import { CliError, EXIT_ERROR } from './exit-codes';
import { withOwnerDatabase } from './owner-database';

function parseDays(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 3650)
    throw new InvalidArgumentError('Expected whole days (0-3650).');
  return n;
}

function parseInstant(v: string): Date {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError('Expected an ISO date-time.');
  return d;
}

export interface PurgeOptions {
  now?: Date;
  skipWorkflows?: boolean;
}

/** `purge-tenants`: erases every deleted tenant whose retention window has ended. */
export async function runPurgeTenants(o: PurgeOptions): Promise<void> {
  await withOwnerDatabase(async (owner, config) => {
    let connection: Connection | null = null;
    let workflows: TenantWorkflowTerminator | null = null;
    if (config.TEMPORAL_ADDRESS) {
      try {
        connection = await Connection.connect({
          address: config.TEMPORAL_ADDRESS,
          connectTimeout: '5 seconds',
        });
      } catch (e) {
        throw new CliError(`cannot connect to Temporal: ${(e as Error).message}`, EXIT_ERROR);
      }
      workflows = new TemporalTenantWorkflows(
        new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
      );
    } else if (!o.skipWorkflows) {
      throw new CliError(
        "Set TEMPORAL_ADDRESS so the tenants' workflows are terminated, or pass --skip-workflows.",
        EXIT_ERROR,
      );
    }
    try {
      const reports = await purgeDueTenants({
        owner,
        store: objectStoreFromConfig(config),
        workflows,
        ...(o.now ? { now: o.now } : {}),
      });
      for (const r of reports) {
        const rows = Object.values(r.rowsDeleted).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `purged ${r.tenantId}: ${rows} rows in ${Object.keys(r.rowsDeleted).length} tables, ` +
            `${r.objectsDeleted} objects, ${r.workflowsTerminated} workflows terminated\n`,
        );
      }
      process.stdout.write(`${reports.length} tenant(s) purged\n`);
    } finally {
      await connection?.close();
    }
  });
}

export async function runDeleteTenant(tenantId: string, o: { purgeAfterDays?: number }) {
  await withOwnerDatabase(async (owner, config) => {
    const d = await new TenantDatabase(owner).runInTenantTx(tenantId, async (m) => {
      const found: unknown[] = await m.query('select 1 from tenants where id = $1', [tenantId]);
      if (!found.length) throw new CliError(`tenant not found: ${tenantId}`, EXIT_ERROR);
      await insertAuditEvent(m, {
        tenantId,
        action: 'cli.deleteTenant',
        entityType: 'Tenant',
        entityId: tenantId,
      });
      return softDeleteTenant(
        m,
        tenantId,
        null,
        o.purgeAfterDays ?? config.TENANT_PURGE_AFTER_DAYS,
      );
    });
    process.stdout.write(
      `deleted ${tenantId}; purge after ${d.purgeAfter.toISOString()} (claimlane purge-tenants)\n`,
    );
  });
}

export async function runRestoreTenant(tenantId: string): Promise<void> {
  await withOwnerDatabase(async (owner) => {
    const ok = await new TenantDatabase(owner).runInTenantTx(tenantId, async (m) => {
      const restored = await restoreTenant(m, tenantId);
      if (restored)
        await insertAuditEvent(m, {
          tenantId,
          action: 'cli.restoreTenant',
          entityType: 'Tenant',
          entityId: tenantId,
        });
      return restored;
    });
    if (!ok) throw new CliError(`no deleted tenant ${tenantId} to restore`, EXIT_ERROR);
    process.stdout.write(`restored ${tenantId}\n`);
  });
}

/** Every tenant, deleted ones included (a restore must still find readable documents). */
export async function runRotateMasterKey(): Promise<void> {
  await withOwnerDatabase(async (owner, config) => {
    const master = MasterKeys.fromConfig(config);
    const tenants: Array<{ id: string }> = await owner.query(`select id from tenants order by id`);
    const db = new TenantDatabase(owner);
    let rewrapped = 0;
    for (const { id } of tenants)
      rewrapped += await db.runInTenantTx(id, (m) => rewrapTenantDataKeys(m, id, master));
    process.stdout.write(
      `${rewrapped} data key(s) re-wrapped with master key ${master.currentId} across ${tenants.length} tenant(s); ` +
        'documents were not re-encrypted\n',
    );
  });
}

export function tenantLifecycleCommands(): Command[] {
  return [
    new Command('purge-tenants')
      .description(
        'Erase deleted tenants whose retention window has ended (rows, files, workflows)',
      )
      .option('--now <iso>', 'treat this instant as now (tests, catching up)', parseInstant)
      .option('--skip-workflows', 'no Temporal in this deployment: do not terminate workflows')
      .addHelpText(
        'after',
        `
Needs DATABASE_URL (owner) and TEMPORAL_ADDRESS. Safe to re-run: a tenant whose purge failed stays
deleted and is finished by the next run. Prints ids and counts only.`,
      )
      .action((o: PurgeOptions) => runPurgeTenants(o)),
    new Command('delete-tenant')
      .description('Platform operator: soft-delete a tenant (it stops working; purged later)')
      .argument('<tenantId>', 'tenant id (UUID)', parseUuid)
      .option(
        '--purge-after-days <days>',
        'retention window (default TENANT_PURGE_AFTER_DAYS)',
        parseDays,
      )
      .action((id: string, o: { purgeAfterDays?: number }) => runDeleteTenant(id, o)),
    new Command('restore-tenant')
      .description('Platform operator: undo a soft delete before the purge')
      .argument('<tenantId>', 'tenant id (UUID)', parseUuid)
      .action((id: string) => runRestoreTenant(id)),
    new Command('rotate-master-key')
      .description(
        'Re-wrap every tenant data key with TENANT_MASTER_KEY (documents stay as they are)',
      )
      .addHelpText(
        'after',
        `
Set the new key as TENANT_MASTER_KEY and the old one in TENANT_MASTER_KEYS_RETIRED, run this, then
remove the old key. Needs DATABASE_URL (owner).`,
      )
      .action(() => runRotateMasterKey()),
  ];
}
