import { Processor } from '@nestjs/bullmq';
import { TenantJobDeps, TenantJobProcessor, type TenantJob } from '@claimlane/server-queue';
import { PacketsService } from './packets.service';

/**
 * The `packets` queue: builds one exhibit packet. The build manages its own short transactions
 * (load inputs, progress rows, final row) and runs in `prepare`, with no transaction held while
 * pdf-lib works; a failed build is recorded on the packet row (error_code), not retried, since the
 * same inputs would fail the same way. Progress goes to the packet row and to the BullMQ job.
 */
@Processor('packets')
export class PacketProcessor extends TenantJobProcessor<'packets'> {
  protected readonly queue = 'packets' as const;

  constructor(
    deps: TenantJobDeps,
    private readonly packets: PacketsService,
  ) {
    super(deps);
  }

  protected override concurrency(): number {
    // CPU-bound: one packet at a time per process.
    return 1;
  }

  protected override async prepare(job: TenantJob<'packets'>): Promise<undefined> {
    await this.packets.run(
      job.tenantId,
      job.data.packetId,
      job.data.requestedBy,
      (percent, stage) => job.progress({ stage, done: percent, total: 100 }),
    );
    return undefined;
  }

  protected handle(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
