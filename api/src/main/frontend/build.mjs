// Copies the web view into the folder given (the jar's static/): its own files from src/, and cytoscape's ES module
// build from node_modules (installed by npm ci), renamed .js so every server sends it as JavaScript.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2];
if (!target) {
  console.error('usage: npm run build -- TARGET_DIR');
  process.exit(2);
}
mkdirSync(join(target, 'vendor'), { recursive: true });
cpSync(join(here, 'src'), target, { recursive: true });
cpSync(join(here, 'node_modules/cytoscape/dist/cytoscape.esm.min.mjs'), join(target, 'vendor/cytoscape.esm.min.js'));
cpSync(join(here, 'node_modules/cytoscape/LICENSE'), join(target, 'vendor/cytoscape.LICENSE.txt'));
console.log(`web view copied to ${target}`);
