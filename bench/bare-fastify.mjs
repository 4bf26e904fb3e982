// The ceiling: bare Fastify answering 201 with a small JSON body, on the same machine.
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.post('/api/v1/public/reports', async (_request, reply) => reply.code(201).send({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
