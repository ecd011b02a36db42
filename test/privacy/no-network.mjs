// Preloaded with `node --import` into the CLI under test: every way Node can open a connection or
// resolve a name throws and is written to $SOCIALINT_NETWORK_LOG, so a test can prove that
// socialint attempted none.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const logFile = process.env.SOCIALINT_NETWORK_LOG;
// Proof that the trap was in place in the process under test.
if (logFile) appendFileSync(`${logFile}.loaded`, `${process.pid}\n`);

function trap(name) {
  return function blocked(...args) {
    const target = typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0] ?? null)?.slice(0, 200);
    if (logFile) appendFileSync(logFile, `${name} ${target}\n`);
    throw new Error(`socialint test: network access blocked (${name})`);
  };
}

const replace = (object, names, prefix) => {
  for (const name of names) if (typeof object[name] === 'function') object[name] = trap(`${prefix}.${name}`);
};

replace(net, ['connect', 'createConnection'], 'net');
net.Socket.prototype.connect = trap('net.Socket.connect');
replace(tls, ['connect'], 'tls');
replace(http, ['request', 'get'], 'http');
replace(https, ['request', 'get'], 'https');
replace(http2, ['connect'], 'http2');
replace(dgram, ['createSocket'], 'dgram');
const resolvers = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'];
replace(dns, resolvers, 'dns');
replace(dns.promises, resolvers, 'dns.promises');
dns.Resolver.prototype.resolve = trap('dns.Resolver.resolve');
globalThis.fetch = trap('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');
// ES module imports of node:net and friends see the replaced functions too.
syncBuiltinESMExports();
