import { startWebShell } from './server.js';

/** `npm run web`: start on loopback and print the one address that works (it carries the key). */
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.CASEFILE_PORT ?? 0);
const tokenArg = process.env.CASEFILE_TOKEN;

const shell = await startWebShell({ port: Number.isFinite(port) ? port : 0, ...(tokenArg ? { token: tokenArg } : {}) });
console.log('Pro Se Case File is running on this computer only.');
console.log(`Open this address in your web browser:\n\n  ${shell.url}\n`);
console.log('Keep this window open while you work. Press Ctrl+C to stop.');

const stop = () => {
  void shell.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
