/** A TCP port free on 127.0.0.1 right now, for a server this test starts (one implementation with the bench's). */
export { freePort } from '../../bench/engines.mjs';
