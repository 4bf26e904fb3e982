import { createServer, type IncomingMessage, type Server } from 'node:http';
import { genericSignature } from '../../src/notifications/senders/sms-sender.js';

export interface RecordedSms {
  provider: 'generic' | 'twilio';
  to: string;
  text: string;
  messageId: string | null;
  /** Whether the request carried a valid signature (generic) or valid Basic credentials (Twilio). */
  authenticated: boolean;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A small local HTTP server standing in for an SMS gateway: it accepts the generic
 * signed JSON protocol at /generic and Twilio's Messages REST call at
 * /2010-04-01/Accounts/<sid>/Messages.json, and records what arrives.
 */
export class GatewayRecorder {
  readonly received: RecordedSms[] = [];
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(options: { genericSecret?: string; twilio?: { sid: string; token: string } }): Promise<GatewayRecorder> {
    // eslint-disable-next-line prefer-const -- the handler below closes over it; it is set once the server listens
    let recorder: GatewayRecorder;
    const server = createServer((req, res) => {
      void (async () => {
        const raw = await body(req);
        if (req.url === '/generic') {
          const timestamp = String(req.headers['x-qf-timestamp'] ?? '');
          const valid =
            !!options.genericSecret && req.headers['x-qf-signature'] === genericSignature(options.genericSecret, timestamp, raw);
          const json = JSON.parse(raw) as { messageId: string; to: string; text: string };
          recorder.received.push({ provider: 'generic', to: json.to, text: json.text, messageId: json.messageId, authenticated: valid });
          res
            .writeHead(valid ? 200 : 401, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ id: `gw-${recorder.received.length}` }));
          return;
        }
        const twilio = options.twilio;
        if (twilio && req.url === `/2010-04-01/Accounts/${twilio.sid}/Messages.json`) {
          const valid = req.headers.authorization === `Basic ${Buffer.from(`${twilio.sid}:${twilio.token}`).toString('base64')}`;
          const form = new URLSearchParams(raw);
          recorder.received.push({
            provider: 'twilio',
            to: form.get('To') ?? '',
            text: form.get('Body') ?? '',
            messageId: null,
            authenticated: valid,
          });
          res
            .writeHead(valid ? 201 : 401, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ sid: `SM${recorder.received.length}` }));
          return;
        }
        res.writeHead(404).end();
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    recorder = new GatewayRecorder(server, (server.address() as { port: number }).port);
    return recorder;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  to(number: string): RecordedSms[] {
    return this.received.filter((m) => m.to === number);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
