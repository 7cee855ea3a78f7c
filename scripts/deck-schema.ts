/** Writes questions/deck.schema.json from the deck schema in code, for editor autocompletion. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DeckSchema } from '../src/quiz/deck/schema.ts';

const schema = z.toJSONSchema(DeckSchema, { target: 'draft-2020-12' });
const out = new URL('../questions/deck.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ title: 'Marquee deck', ...schema }, null, 2)}\n`);
console.log(`wrote ${out.pathname.split('/').slice(-2).join('/')}`);
