import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { freePort } from './ports.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  raw: string;
}

/** A refusal the sink answers RCPT TO with, e.g. { code: 451, message: 'try later' }. */
export type Refusal = { code: number; message: string } | null;

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes them. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

export function parseMail(raw: string): { headers: Record<string, string>; subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return { headers, subject: decodeWords(headers['subject'] ?? ''), text };
}

/**
 * A real SMTP server (smtp-server) on a free local port that keeps what it receives.
 * `refuse` decides, per attempt, whether to turn a recipient away, so tests can make a
 * server that says "try later" or "never".
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Count of RCPT TO commands seen (each delivery attempt makes one per recipient). */
  attempts = 0;
  refuse: (attempt: number, rcpt: string) => Refusal = () => null;
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(auth?: { user: string; pass: string }): Promise<SmtpSink> {
    const port = await freePort();
    // eslint-disable-next-line prefer-const -- the handlers below close over it; it is set once the server listens
    let sink: SmtpSink;
    const server = new SMTPServer({
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      allowInsecureAuth: true,
      authOptional: !auth,
      logger: false,
      onAuth(session, _s, callback) {
        if (auth && session.username === auth.user && session.password === auth.pass) return callback(null, { user: auth.user });
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        sink.attempts += 1;
        const refusal = sink.refuse(sink.attempts, address.address);
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          sink.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            ...parseMail(raw),
          });
          callback();
        });
      },
    });
    sink = new SmtpSink(server, port);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    return sink;
  }

  env(auth?: { user: string; pass: string }): Record<string, string> {
    return {
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_SECURE: 'false',
      MAIL_FROM: '示范区委组织部 <noreply@qingfeng.test>',
      ...(auth ? { SMTP_USER: auth.user, SMTP_PASSWORD: auth.pass } : {}),
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
