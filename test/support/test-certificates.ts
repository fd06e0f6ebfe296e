// Certificates for 127.0.0.1 made at test time with Debian's openssl: a certificate authority issuing them
// with any validity window (long expired, expiring soon, valid), a self-signed one, and HTTPS servers on
// 127.0.0.1 that use them.
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

const CONFIG = ['-config', 'openssl.cnf'];

/** A new folder with the openssl configuration, and a function that runs openssl in it. */
function opensslWorkspace(): { dir: string; openssl: (args: string[]) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'druk-test-ca-'));
  writeFileSync(join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  return { dir, openssl: (args) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' }) };
}

/** Writes a certificate that signs itself, valid for two days: `<name>.pem`, with its key in `<name>-key.pem`. */
function writeSelfSigned(openssl: (args: string[]) => void, name: string, subject: string, extensions: string): void {
  openssl([
    'req',
    ...CONFIG,
    '-x509',
    ...EC_KEY,
    '-extensions',
    extensions,
    '-subj',
    subject,
    '-days',
    '2',
    '-keyout',
    `${name}-key.pem`,
    '-out',
    `${name}.pem`,
  ]);
}

/** A certificate for 127.0.0.1 that signs itself (nobody vouches for it), valid for two days. */
export function selfSignedCertificate(): ServerCredentials {
  const { dir, openssl } = opensslWorkspace();
  try {
    writeSelfSigned(openssl, 'server', '/CN=127.0.0.1', 'server_extensions');
    return {
      key: readFileSync(join(dir, 'server-key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function createCertificateAuthority(): TestCertificateAuthority {
  const { dir, openssl } = opensslWorkspace();
  writeSelfSigned(openssl, 'ca', '/CN=Druk test CA', 'ca_extensions');
  // One key and request serve every certificate issued: only the validity differs.
  openssl([
    'req',
    ...CONFIG,
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
        ...CONFIG,
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
