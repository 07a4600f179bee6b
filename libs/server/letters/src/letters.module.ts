import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { AuditModule } from '@claimlane/server-audit';
import { OBJECT_STORE, tenantObjectStore } from '@claimlane/server-documents';
import { TenantDatabase } from '@claimlane/server-db';
import { EvidenceModule } from '@claimlane/server-evidence';
import { FileLinksService } from './file-links.service';
import { FilesController } from './files.controller';
import { LetterFactsLoader } from './letter-facts.loader';
import { LetterRenderService } from './letter-render.service';
import { LetterSettingsService } from './letter-settings.service';
import { LettersResolver } from './letters.resolver';
import { LettersService } from './letters.service';
import { PacketInputsLoader } from './packet/packet-inputs.loader';
import { PacketsService } from './packet/packets.service';

/**
 * Evidence (criteria, exhibits, matrix, contacts) and letters (versions, renders, packets). Packets
 * are only queued here; PacketsWorkerModule builds them in the worker app.
 */
@Module({
  imports: [AuditModule, EvidenceModule],
  controllers: [FilesController],
  providers: [
    {
      provide: OBJECT_STORE,
      useFactory: (config: AppConfig, db: TenantDatabase) => tenantObjectStore(config, db),
      inject: [APP_CONFIG, TenantDatabase],
    },
    FileLinksService,
    LetterFactsLoader,
    LettersService,
    LetterSettingsService,
    LetterRenderService,
    PacketInputsLoader,
    PacketsService,
    LettersResolver,
  ],
  exports: [LettersService, PacketsService, PacketInputsLoader, OBJECT_STORE],
})
export class LettersModule {}
