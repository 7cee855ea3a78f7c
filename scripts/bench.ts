/** `npm run bench`: every benchmark the project has. For now, the question generator's. */
import { main as benchGenerator } from './bench-generator.ts';

benchGenerator();
