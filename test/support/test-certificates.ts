// A certificate authority made at test time with Debian's openssl, issuing certificates for 127.0.0.1 with
// any validity window (long expired, expiring soon, valid), and HTTPS servers on 127.0.0.1 that use them.
// `openssl ca` is used because OpenSSL 3.0's `x509 -req` cannot set a start date in the past.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:https';
import type { RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { listenOnLoopback, type LoopbackServer } from './loopback.ts';

const OPENSSL_CONFIG = `
[ca]
default_ca = test_ca

[test_ca]
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca-key.pem
rand_serial = yes
default_md = sha256
policy = any_name
unique_subject = no

[any_name]
commonName = supplied

[req]
distinguished_name = subject
prompt = no

[subject]
CN = unused

[ca_extensions]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[server_extensions]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
authorityKeyIdentifier = keyid
`;

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export interface ServerCredentials {
  key: string;
  cert: string;
}

export interface TestCertificateAuthority {
  /** The authority's own certificate (PEM), to be trusted with trustInThisThread(). */
  certificate: string;
  /** A certificate for 127.0.0.1 valid from `notBefore` to `notAfter` (second precision), with its key. */
  issue(notBefore: Date, notAfter: Date): ServerCredentials;
  /** Deletes the authority's files. */
  dispose(): void;
}

/** openssl's ASN.1 time: YYYYMMDDHHMMSSZ in UTC. */
function opensslTime(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

export function createCertificateAuthority(): TestCertificateAuthority {
  const dir = mkdtempSync(join(tmpdir(), 'druk-test-ca-'));
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  writeFileSync(join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  const config = ['-config', 'openssl.cnf'];
  openssl([
    'req',
    ...config,
    '-x509',
    ...EC_KEY,
    '-extensions',
    'ca_extensions',
    '-subj',
    '/CN=Druk test CA',
    '-days',
    '2',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
  ]);
  // One key and request serve every certificate issued: only the validity differs.
  openssl([
    'req',
    ...config,
    '-new',
    ...EC_KEY,
    '-keyout',
    'server-key.pem',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  const key = readFileSync(join(dir, 'server-key.pem'), 'utf8');
  return {
    certificate: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    issue(notBefore, notAfter) {
      openssl([
        'ca',
        ...config,
        '-batch',
        '-notext',
        '-extensions',
        'server_extensions',
        '-startdate',
        opensslTime(notBefore),
        '-enddate',
        opensslTime(notAfter),
        '-in',
        'server.csr',
        '-out',
        'server.pem',
      ]);
      return { key, cert: readFileSync(join(dir, 'server.pem'), 'utf8') };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Adds a CA to the certificates this thread's TLS clients trust, as NODE_EXTRA_CA_CERTS does for a whole
 * process (which is how a user of druk-audit trusts a private CA). Returns a function that restores the list.
 */
export function trustInThisThread(certificate: string): () => void {
  const previous = getCACertificates('default');
  setDefaultCACertificates([...previous, certificate]);
  return () => setDefaultCACertificates(previous);
}

/** An HTTPS server on 127.0.0.1 with the given key and certificate; the caller closes it. */
export function serveTls(
  credentials: ServerOptions & ServerCredentials,
  handler: RequestListener,
): Promise<LoopbackServer> {
  return listenOnLoopback(createServer(credentials, handler));
}
