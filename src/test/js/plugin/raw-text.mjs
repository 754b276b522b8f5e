// What staff must never read, as the Java tests check it (support/RawText): a code of the staff-words
// catalog as stored (unless its own words say it, like grade S or L1), a camelCase variable name, an ISO
// duration, a Java or ISO date-time string, or an unresolved expression.
const CODE_LIKE = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Z0-9]+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[a-z]+(?:-[a-z]+)+)$/;
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const token = code => new RegExp(`(?<![\\w-])${escape(code)}(?![\\w-])`);
const PATTERNS = {
  'Java date': /\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} \w{3,4} \d{4}/g,
  'ISO date-time': /\d{4}-\d{2}-\d{2}T\d{2}:/g,
  'ISO duration': /(?<!\w)P(?=T?\d)(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?(?!\w)/g,
  'unresolved expression': /\$\{|#\{/g,
};

export function rawCodes(catalog) {
  const codes = new Set();
  for (const kind of Object.values(catalog.kinds)) {
    for (const [code, word] of Object.entries(kind)) {
      if (CODE_LIKE.test(code) && !token(code).test(`${word.en} / ${word.zh}`)) codes.add(code);
    }
  }
  for (const name of Object.keys(catalog.variables)) {
    if (CODE_LIKE.test(name) && name !== name.toLowerCase()) codes.add(name);
  }
  return [...codes].sort((a, b) => b.length - a.length);
}

export function rawTextProblems(catalog, text) {
  const problems = [];
  const codes = new RegExp(`(?<![\\w-])(${rawCodes(catalog).map(escape).join('|')})(?![\\w-])`, 'g');
  for (const [what, pattern] of [['raw code', codes], ...Object.entries(PATTERNS)]) {
    for (const match of text.matchAll(pattern)) problems.push(`${what} '${match[0]}'`);
  }
  return problems;
}
