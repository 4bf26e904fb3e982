import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../../infra/config/app-config.js';
import { DeliveryError, redact } from './delivery-error.js';
import { textOf } from '../../infra/text/text-of.js';

export interface OutgoingEmail {
  /** Our message id: also the Message-ID header, so a receiving system can spot a duplicate. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Email over SMTP (nodemailer), or, with MAIL_TRANSPORT=log, a JSON transport whose
 * output goes to the log, for development without a mail server.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter;
  private readonly from: string;
  private readonly domain: string;

  constructor(private readonly config: AppConfig) {
    const env = config.env;
    this.from = env.MAIL_FROM ?? `${config.settings.district.department} <noreply@localhost>`;
    this.domain = new URL(env.PUBLIC_BASE_URL).hostname || 'qingfeng.local';
    if (env.MAIL_TRANSPORT === 'smtp') {
      this.transport = nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        requireTLS: env.SMTP_REQUIRE_TLS,
        tls: { rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED },
        ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
    } else {
      if (config.isProduction) this.logger.warn('MAIL_TRANSPORT=log in production: emails are written to the log, not sent');
      this.transport = nodemailer.createTransport({ jsonTransport: true });
    }
  }

  /** Sends one email; returns the server's answer. Throws DeliveryError. */
  async send(mail: OutgoingEmail): Promise<string> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        textEncoding: 'base64',
        messageId: `<${mail.id}@${this.domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (this.config.env.MAIL_TRANSPORT === 'log') {
        this.logger.log(`email ${mail.id} (log transport): ${textOf((info as { message?: unknown }).message)}`);
      }
      const rejected = (info.rejected ?? []).length;
      if (rejected > 0) throw new DeliveryError('收件地址被邮件服务器拒绝', true);
      return String(info.response ?? info.messageId);
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const e = error as { responseCode?: number; code?: string; message?: string };
      // 5xx is the server's final "no"; 4xx, timeouts and refused connections may pass later.
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.code !== 'EAUTH';
      throw new DeliveryError(redact(`${e.code ?? 'SMTP'} ${e.responseCode ?? ''} ${e.message ?? String(error)}`.trim()), permanent);
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
