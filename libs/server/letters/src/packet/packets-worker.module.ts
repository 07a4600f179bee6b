import { Module } from '@nestjs/common';
import { LettersModule } from '../letters.module';
import { PacketProcessor } from './packet.processor';

/**
 * The `packets` queue's processor, for the worker app (needs CoreModule and QueueModule): packets
 * are CPU-heavy (pdf-lib, page stamping), so they build in the worker and the API only enqueues.
 */
@Module({ imports: [LettersModule], providers: [PacketProcessor] })
export class PacketsWorkerModule {}
