// A real SMTP server in the test's own process, on loopback: every message it receives is parsed
// as a mail client would and kept in `inbox`; an address in `refused` is turned away as a full
// mailbox would (452).
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpCatcher {
  readonly inbox: ParsedMail[];
  /** Addresses refused for now. */
  readonly refused: Set<string>;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: a free port). */
export async function startSmtpCatcher(port = 0): Promise<SmtpCatcher> {
  const inbox: ParsedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // The functions' pooled connections stay open after their last mail; closing waits this long
    // for them before it ends them (30 s by default, which the mail tests spent idle).
    closeTimeout: 100,
    onRcptTo(address, _session, done) {
      if (!refused.has(address.address)) return done();
      const error = new Error(`Mailbox full: ${address.address}`) as Error & {
        responseCode: number;
      };
      error.responseCode = 452;
      return done(error);
    },
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (parsed) => {
          inbox.push(parsed);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    inbox,
    refused,
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
