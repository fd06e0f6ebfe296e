// Runs the example form for a person to try: `node packages/components/examples/forms/start.ts`.
// Open the printed address; add ?lang=dz for Dzongkha and ?js=off for the page without its script.
import { startExampleServer } from './server.ts';

const example = await startExampleServer();
console.log(`Example form: ${example.url} (Ctrl+C to stop)`);
process.on('SIGINT', () => example.close().then(() => process.exit(0)));
