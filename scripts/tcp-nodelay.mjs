// Preloaded (`node --import ./scripts/tcp-nodelay.mjs …`) into a tool whose Postgres client
// leaves Nagle's algorithm on: pgtyped writes each protocol message (Parse, Describe, Sync)
// on its own, so every query waited for the server's delayed ACK (~40 ms on Linux), and
// `npm run sql:types` took ~22 s, ~19 of them waiting; with TCP_NODELAY, ~4 s. (node-postgres,
// which the application uses, sets TCP_NODELAY itself.)
import net from 'node:net';

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectWithoutDelay(...args) {
  this.setNoDelay(true);
  return connect.apply(this, args);
};
