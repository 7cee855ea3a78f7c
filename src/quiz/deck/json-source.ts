/**
 * A JSON parser that remembers where every value starts, so a problem found at a path
 * (`films[3].year`) can be reported as `file:line:column`. JSON.parse cannot say where
 * a value was, and its syntax errors name a character offset, not a line.
 */
import type { JsonPath } from './validate';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly position: Position,
  ) {
    super(`${position.line}:${position.column}: ${reason}`);
  }
}

export interface JsonSource {
  readonly value: unknown;
  /** Where the value at `path` starts; for a missing key, where its object starts. */
  positionOf(path: JsonPath): Position;
}

export function parseJsonSource(text: string): JsonSource {
  const positions = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) lineStarts.push(k + 1);
  const at = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const fail = (reason: string, offset = i): never => {
    throw new JsonSyntaxError(reason, at(Math.min(offset, text.length)));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const key = (path: string[]) => path.join('\u0000');
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const esc = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (esc === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 6;
        } else if (esc !== undefined && esc in simple) {
          out += simple[esc];
          i += 2;
        } else fail('bad escape in string');
      } else {
        if (ch.charCodeAt(0) < 0x20) fail('raw control character in string (write it as an escape)');
        out += ch;
        i++;
      }
    }
  };
  const value = (path: string[]): unknown => {
    ws();
    positions.set(key(path), i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a field name in double quotes');
        const keyStart = i;
        const k = str();
        if (Object.hasOwn(obj, k)) fail(`field "${k}" appears twice`, keyStart);
        ws();
        if (text[i] !== ':') fail('expected ":" after a field name');
        i++;
        obj[k] = value([...path, k]);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value([...path, String(arr.length)]));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (ch === '"') return str();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 40));
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(i >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(ch)}`);
  };
  const root = value([]);
  ws();
  if (i < text.length) fail('unexpected text after the end of the JSON value');
  return {
    value: root,
    positionOf(path) {
      const parts = path.map(String);
      for (let n = parts.length; n >= 0; n--) {
        const offset = positions.get(key(parts.slice(0, n)));
        if (offset !== undefined) return at(offset);
      }
      return { line: 1, column: 1 };
    },
  };
}
