import { Inject, Injectable } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '@claimlane/server-config';
import { LOGGER } from '@claimlane/server-common';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Kind of message, for the log line (the log never carries the address or body). */
  kind: string;
  /** A fixed Message-ID (`<id@domain>`), so a resend of the same notice is recognisably the same mail. */
  messageId?: string;
}

/**
 * Outgoing mail through nodemailer: SMTP when SMTP_URL is set, otherwise the local log-to-folder
 * transport that writes each message as a JSON file under MAIL_DIR (default .data/mail).
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter;
  private readonly folder: string | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    if (config.SMTP_URL) {
      this.transport = createTransport(config.SMTP_URL);
      this.folder = null;
    } else {
      this.transport = createTransport({ jsonTransport: true });
      this.folder = resolve(config.MAIL_DIR ?? join(config.DATA_DIR, 'mail'));
    }
  }

  async send(msg: MailMessage): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: msg.to,
      subject: msg.subject,
      text: msg.text,
      ...(msg.messageId ? { messageId: msg.messageId } : {}),
    })) as {
      messageId?: string;
      message?: string;
    };
    if (this.folder) {
      await mkdir(this.folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${msg.kind}-${(info.messageId ?? 'msg').replace(/[^A-Za-z0-9.-]/g, '')}.json`;
      await writeFile(join(this.folder, name), String(info.message ?? ''), { mode: 0o600 });
      // Without SMTP a developer has to find the sign-up or invitation link: say where it is (the
      // file's path only; its content stays in the file).
      if (this.config.NODE_ENV === 'development')
        process.stdout.write(`[dev mail] "${msg.subject}" written to ${join(this.folder, name)}\n`);
    }
    this.log.info(
      { event: 'mail.sent', kind: msg.kind, transport: this.folder ? 'folder' : 'smtp' },
      'mail sent',
    );
  }
}
