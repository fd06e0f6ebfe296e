import type { Server } from 'node:http';
import { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** Base URL with a trailing slash, always on 127.0.0.1 (https for a TLS server). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts a test server on 127.0.0.1 on a free port; the caller closes it. */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const protocol = server instanceof HttpsServer ? 'https' : 'http';
  return {
    url: `${protocol}://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : done()));
      }),
  };
}
