import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx; `npm test` installs it (scripts/bootstrap.mjs) when it is missing. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxServer {
  /** Base URL with a trailing slash, on 127.0.0.1. */
  url: string;
  stop(): Promise<void>;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((done, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : failed(new Error('no port'))));
    });
  });
}

/**
 * Runs nginx (as the current user, in the foreground-less daemon mode with its own pid file) with
 * a shipped `server { … }` block, rewritten only to serve `root` on a free 127.0.0.1 port.
 * With `besideDebianDefault`, Debian's own default site (as /etc/nginx/sites-enabled/default ships it:
 * default_server, server_name _, its own root) listens on the same port, as on a server where the block
 * was copied into sites-available and enabled next to it.
 * The caller stops it; `stop` ends exactly the master process this started and waits for it.
 */
export async function startNginx(
  serverBlock: string,
  root: string,
  { besideDebianDefault = false } = {},
): Promise<NginxServer> {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is not installed at ${NGINX}. Run \`npm test\` (it installs Debian's nginx-light) or set NGINX_PATH.`,
    );
  }
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'druk-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const site = serverBlock
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  const debianDefault = `
    server {
        listen 127.0.0.1:${port} default_server;
        root ${join(prefix, 'debian-default')};
        server_name _;
        location / {
            try_files $uri $uri/ =404;
        }
    }`;
  const pidFile = join(prefix, 'nginx.pid');
  const config = `worker_processes 1;
pid ${pidFile};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${site}${besideDebianDefault ? debianDefault : ''}
}
`;
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const result = spawnSync(NGINX, ['-p', prefix, '-c', configFile], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx did not start: ${result.stderr}`);
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      // Fast shutdown (SIGTERM) closes kept-alive connections at once; wait for the master to be
      // gone before removing its folder, which its workers still write to while they exit.
      process.kill(pid, 'SIGTERM');
      for (let waited = 0; waited < 10_000 && isRunning(pid); waited += 100) {
        await new Promise((done) => setTimeout(done, 100));
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
