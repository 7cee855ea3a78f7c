/**
 * `npm start` (this machine only) and `npm run host` (every network interface, with the
 * join addresses and a QR code in the terminal). PORT picks the port (default 4173);
 * REDIS_URL shares rooms between several processes.
 */
import { renderUnicodeCompact } from 'uqr';
import { serve } from './serve';

const lanMode = process.argv.includes('--lan');
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}

try {
  const running = await serve({
    dist: process.env.MARQUEE_DIST ?? 'dist',
    host: lanMode ? '0.0.0.0' : '127.0.0.1',
    port,
    redisUrl: process.env.REDIS_URL,
    log: (line) => console.log(line),
  });
  console.log(`Marquee is on http://localhost:${running.port}/ (host screen: Host a club night)`);
  if (lanMode) {
    if (running.lan.length === 0) console.log('No network interface is up: join the room\'s Wi-Fi, then start again.');
    for (const address of running.lan) console.log(`Phones join at http://${address}:${running.port}/join`);
    const first = running.lan[0];
    if (first) console.log(`\n${renderUnicodeCompact(`http://${first}:${running.port}/join`, { border: 1 })}\n`);
  }
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') console.error(`Port ${port} is in use: stop what uses it, or start with PORT=4174.`);
  else console.error(`Marquee could not start: ${err.message}`);
  process.exit(1);
}
