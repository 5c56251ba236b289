import { parentPort, workerData } from 'node:worker_threads';
import { feedHead } from '../../server/feed/writer';
import { startServer } from '../../server/server';
import type { FromServerWorker, ServerWorkerData, ToServerWorker } from './sync-server';

/* The server thread of bench:sync (see BenchServer in ./sync-server.ts). */

const data = workerData as ServerWorkerData;
const port = parentPort;
if (!port) throw new Error('sync-server-worker.ts runs only as a worker thread');
const post = (message: FromServerWorker) => port.postMessage(message);

const server = await startServer({
  databaseUrl: data.databaseUrl,
  dataDir: data.dataDir,
  host: '127.0.0.1',
  port: 0,
  demo: false,
  adminPassword: data.adminPassword,
});
port.on('message', (message: ToServerWorker) => {
  if (message.type === 'head') {
    void feedHead(server.store).then((seq) => post({ type: 'head', id: message.id, seq }));
  } else {
    void server.close().finally(() => {
      post({ type: 'stopped' });
      port.close();
    });
  }
});
post({ type: 'listening', url: server.url });
