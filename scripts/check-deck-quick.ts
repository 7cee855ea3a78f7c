/** Quick structural check of one deck file (the full checker is `npm run deck:check`). */
import { readFileSync } from 'node:fs';
import { DeckSchema } from '../src/quiz/deck/schema.ts';

for (const file of process.argv.slice(2)) {
  const result = DeckSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) {
    const d = result.data;
    const people = new Set(d.people.map((p) => p.id));
    const sources = new Set(d.sources.map((s) => s.id));
    let problems = 0;
    const seen = new Set<string>();
    for (const f of d.films) {
      if (seen.has(f.id)) { console.log(`${file}: duplicate film ${f.id}`); problems++; }
      seen.add(f.id);
      const walk = (v: unknown, path: string): void => {
        if (Array.isArray(v)) { for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`); }
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if ((k === 'person') && typeof x === 'string' && !people.has(x)) { console.log(`${file}: ${path}.${k}: unknown person ${x}`); problems++; }
            if (k === 'people' && Array.isArray(x)) for (const p of x) if (!people.has(p)) { console.log(`${file}: ${path}.people: unknown person ${p}`); problems++; }
            if (k === 'source' && typeof x === 'string' && !sources.has(x)) { console.log(`${file}: ${path}.source: unknown source ${x}`); problems++; }
            walk(x, `${path}.${k}`);
          }
        }
      };
      walk(f, f.id);
    }
    console.log(`${file}: ${d.films.length} films, ${d.people.length} people, ${problems} problems`);
  } else {
    for (const issue of result.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
