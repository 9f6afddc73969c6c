/**
 * Compiles an Adaptive Card template into a plain function, for the subset of the templating language the
 * cards in cards/ use: `${path}` values and interpolations, `$data` over arrays or objects, and `$when` with
 * `path`, `!path`, `path != ''`, `count(path) > 0` or `count(path) == 0`. The result is exactly what adaptivecards-templating's
 * `Template.expand` gives for the same data, down to its quirks (an undefined value renders as the literal
 * `${path}`, property names match case-insensitively, a `$when` is true only for the boolean true), at a
 * small fraction of the cost: the library evaluates every expression through a general interpreter on
 * every card, and rendering cards was the largest cost of a card button press.
 *
 * A template using anything else is not compiled (`undefined`), and the caller keeps the library.
 */

type Scope = { readonly root: unknown; readonly data: unknown; readonly index: number | undefined };
type Compiled = (scope: Scope) => unknown;
type Condition = (scope: Scope) => boolean;

const PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
const NOT_EMPTY = /^([^\s!=()]+) != ''$/;
const COUNT = /^count\(([^\s()]+)\) (> 0|== 0)$/;
const NOT = /^!([^\s!=()]+)$/;
/** Keys the library takes out of every object it expands. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
/** The variables the library's memory offers under a `$` name, in the order it defines them. */
const SCOPE_VARIABLES = ['$root', '$data', '$index'] as const;

class Unsupported extends Error {}

/** Compiles `template`; undefined when it uses anything outside the subset described above. */
export function compileTemplate(template: unknown): ((root: unknown) => unknown) | undefined {
  try {
    const compiled = compileNode(template);
    return (root) => compiled({ root, data: undefined, index: undefined });
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function compileNode(node: unknown): Compiled {
  if (typeof node === 'string') return node.includes('${') ? compileInterpolation(node) : () => node;
  if (Array.isArray(node)) return compileArray(node.map(compileNode));
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileArray(items: Compiled[]): Compiled {
  return (scope) => {
    const out: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      // As the library: a dropped object (null) disappears, a repeated one is spliced in.
      if (value === null) continue;
      if (Array.isArray(value)) out.push(...(value as unknown[]));
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Compiled {
  const when = node.$when === undefined ? undefined : compileCondition(expressionOf(node.$when));
  const data = node.$data === undefined ? undefined : compileValue(expressionOf(node.$data));
  const fields = Object.keys(node).filter((k) => !RESERVED.has(k)).map((k) => [k, compileNode(node[k])] as const);
  const build = (scope: Scope): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) {
      const value = field(scope);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  // Without `$data` the object is expanded once, in the scope it is in (most of a card): no new scope.
  if (data === undefined) return (scope) => (when && !when(scope) ? null : build(scope));
  return (scope) => {
    const contexts = data(scope);
    const repeated = Array.isArray(contexts);
    const list = repeated ? (contexts as unknown[]) : [contexts];
    const results: Record<string, unknown>[] = [];
    let current = scope;
    for (let i = 0; i < list.length; i++) {
      current = { root: scope.root, data: list[i] !== undefined ? list[i] : current.data, index: repeated ? i : current.index };
      if (when && !when(current)) continue;
      results.push(build(current));
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  };
}

/** The expression inside a string that is exactly `${...}`. */
function expressionOf(value: unknown): string {
  if (typeof value !== 'string') throw new Unsupported();
  const m = /^\$\{([^{}`\\]*)\}$/.exec(value);
  if (!m) throw new Unsupported();
  return m[1]!;
}

/** `$when`: evaluated without substitution, true only for the boolean true. */
function compileCondition(expression: string): Condition {
  let m = NOT_EMPTY.exec(expression);
  if (m) {
    const read = compilePath(m[1]!);
    return (scope) => read(scope) !== '';
  }
  m = COUNT.exec(expression);
  if (m) {
    const read = compilePath(m[1]!);
    const test = m[2] === '> 0' ? (n: number) => n > 0 : (n: number) => n === 0;
    return (scope) => {
      const n = countOf(read(scope));
      return n !== undefined && test(n);
    };
  }
  m = NOT.exec(expression);
  if (m) {
    // The library's logical truth: everything but undefined, null and false.
    const read = compilePath(m[1]!);
    return (scope) => {
      const value = read(scope);
      return value === undefined || value === null || value === false;
    };
  }
  const read = compilePath(expression);
  return (scope) => read(scope) === true;
}

/** The library's count(): length of a string or list, number of keys of an object; an error (undefined) otherwise. */
function countOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  return undefined;
}

/** A `${path}` value: undefined becomes the literal text `${path}`, as the library substitutes it. */
function compileValue(expression: string): Compiled {
  const read = compilePath(expression);
  const substitute = `\${${expression}}`;
  return (scope) => {
    const value = read(scope);
    return value === undefined ? substitute : value;
  };
}

function compileInterpolation(text: string): Compiled {
  if (/^\$\{[^{}]*\}$/.test(text)) return compileValue(expressionOf(text));
  // Text and `${path}` parts; text that template-literal parsing might treat specially is left to the library.
  if (/[`\\'"]/.test(text)) throw new Unsupported();
  const parts: (string | Compiled)[] = [];
  let rest = text;
  for (let at = rest.indexOf('${'); at >= 0; at = rest.indexOf('${')) {
    const end = rest.indexOf('}', at);
    if (end < 0) throw new Unsupported();
    if (at > 0) parts.push(plainText(rest.slice(0, at)));
    parts.push(compileValue(expressionOf(rest.slice(at, end + 1))));
    rest = rest.slice(end + 1);
  }
  if (rest.length > 0) parts.push(plainText(rest));
  return (scope) => {
    let out = '';
    // toString, not String(): a null part throws, as it does in the library.
    for (const part of parts) out += typeof part === 'string' ? part : (part(scope) as { toString(): string }).toString();
    return out;
  };
}

function plainText(text: string): string {
  if (/[{}]/.test(text)) throw new Unsupported();
  return text;
}

function compilePath(path: string): (scope: Scope) => unknown {
  if (!PATH.test(path)) throw new Unsupported();
  const segments = path.split('.');
  let start: (scope: Scope) => unknown;
  if (segments[0]!.startsWith('$')) {
    const first = segments.shift()!.toLowerCase();
    const name = SCOPE_VARIABLES.find((v) => v === first);
    if (name === undefined) throw new Unsupported();
    start = name === '$root' ? (s) => s.root : name === '$index' ? (s) => s.index : (s) => (s.data !== undefined ? s.data : s.root);
  } else {
    start = (s) => (s.data !== undefined ? s.data : s.root);
  }
  return (scope) => {
    let value = start(scope);
    for (const segment of segments) value = property(value, segment);
    return value;
  };
}

/** The library's property access: the first own key matching case-insensitively; nothing on a falsy value. */
function property(instance: unknown, name: string): unknown {
  if (!instance) return undefined;
  if (instance instanceof Map) {
    const exact: unknown = instance.get(name);
    if (exact !== undefined) return exact;
    const key = [...instance.keys()].find((k) => String(k).toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : instance.get(key);
  }
  // for-in over own keys visits them in Object.keys order without building the array on every read.
  const lower = name.toLowerCase();
  for (const key in instance as object) {
    if (Object.hasOwn(instance as object, key) && (key === name || key.toLowerCase() === lower)) return (instance as Record<string, unknown>)[key];
  }
  return undefined;
}
