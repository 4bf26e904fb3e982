// A tiny round-robin TCP balancer for the topology benchmark, run as its own process:
//   QF_BALANCER_PORT=<listen port> QF_BALANCER_BACKENDS=<port>,<port> node bench/balancer.mjs
// Each client connection goes to the next backend (HTTP keep-alive: a connection's requests
// stay on one api). A backend that refuses a connection is skipped for a second and the
// connection is tried on the next one, so a killed api only costs the requests that were in
// flight on it. Counts the connections each backend took (printed on SIGUSR2 and at exit).
import { connect, createServer } from 'node:net';

const listenPort = Number(process.env.QF_BALANCER_PORT);
const backends = process.env.QF_BALANCER_BACKENDS.split(',')
  .map(Number)
  .map((port) => ({ port, downUntil: 0, connections: 0 }));
let next = 0;

function pick(tried) {
  for (let i = 0; i < backends.length; i += 1) {
    const backend = backends[(next + i) % backends.length];
    if (!tried.has(backend) && backend.downUntil <= Date.now()) {
      next = (backends.indexOf(backend) + 1) % backends.length;
      return backend;
    }
  }
  return backends.find((b) => !tried.has(b)) ?? null; // all marked down: try anyway
}

function forward(client, tried = new Set()) {
  const backend = pick(tried);
  if (!backend) return client.destroy();
  tried.add(backend);
  const upstream = connect({ host: '127.0.0.1', port: backend.port });
  upstream.setNoDelay(true);
  let connected = false;
  upstream.once('connect', () => {
    connected = true;
    backend.connections += 1;
    client.pipe(upstream);
    upstream.pipe(client);
    client.resume();
  });
  upstream.on('error', () => {
    if (!connected) {
      backend.downUntil = Date.now() + 1000;
      return forward(client, tried);
    }
    client.destroy();
  });
  upstream.on('close', () => {
    if (connected) client.destroy();
  });
  client.on('close', () => upstream.destroy());
}

const server = createServer({ pauseOnConnect: true, noDelay: true }, (client) => {
  client.on('error', () => undefined);
  forward(client);
});
const report = () => console.log(`connections ${JSON.stringify(Object.fromEntries(backends.map((b) => [b.port, b.connections])))}`);
process.on('SIGUSR2', report);
process.on('SIGTERM', () => {
  report();
  process.exit(0);
});
server.listen(listenPort, '127.0.0.1', () => console.log('ready'));
