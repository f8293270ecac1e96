'use strict';
/*
 * Lints every AU page under courses/<course>/<au>/index.html against the
 * markup rules in ../README.md. Run with: node --test courses/_runtime/test/
 *
 * Uses a tiny tag tokenizer (no dependencies); it is meant for the
 * well-formed, hand-written HTML of CareLearn AUs, not for arbitrary HTML.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const COURSES = path.resolve(__dirname, '..', '..');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function parse(html) {
  const root = { tag: '#root', attrs: {}, children: [], parent: null, text: '' };
  let cur = root;
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|([^<]+)/g;
  let m;
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) { cur.text += m[4]; continue; }
    if (!m[2]) continue; /* comment */
    const tag = m[2].toLowerCase();
    if (m[1]) {
      let n = cur;
      while (n && n.tag !== tag) n = n.parent;
      if (!n) throw new Error('unmatched </' + tag + '>');
      cur = n.parent;
      continue;
    }
    const attrs = {};
    const ar = /([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    let a;
    while ((a = ar.exec(m[3] || ''))) attrs[a[1]] = a[2] !== undefined ? a[2] : (a[3] !== undefined ? a[3] : (a[4] !== undefined ? a[4] : ''));
    const node = { tag, attrs, children: [], parent: cur, text: '' };
    cur.children.push(node);
    if (!VOID.has(tag) && tag !== '!doctype') cur = node;
  }
  return root;
}

function findAll(node, pred, out = []) {
  for (const c of node.children) {
    if (pred(c)) out.push(c);
    findAll(c, pred, out);
  }
  return out;
}
const has = (name) => (n) => Object.prototype.hasOwnProperty.call(n.attrs, name);

function auPages() {
  const out = [];
  for (const course of fs.readdirSync(COURSES)) {
    if (course.startsWith('_') || course.startsWith('.')) continue;
    const dir = path.join(COURSES, course);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const au of fs.readdirSync(dir)) {
      const file = path.join(dir, au, 'index.html');
      if (fs.existsSync(file)) out.push(file);
    }
  }
  return out;
}

const pages = auPages();

test('there are AU pages to check', () => {
  assert.ok(pages.length > 0);
});

for (const file of pages) {
  const rel = path.relative(COURSES, file);
  test('AU markup: ' + rel, () => {
    const html = fs.readFileSync(file, 'utf8');
    for (const src of ['../_runtime/carelearn.css', '../_runtime/carelearn-core.js', '../_runtime/carelearn-lms.js', '../_runtime/carelearn-player.js']) {
      assert.ok(html.includes(src), rel + ' must include ' + src);
    }
    const doc = parse(html);
    const roots = findAll(doc, has('data-carelearn-au'));
    assert.equal(roots.length, 1, 'exactly one data-carelearn-au root');
    const root = roots[0];
    const kind = root.attrs['data-au-kind'] || 'content';

    const sections = findAll(root, (n) => n.tag === 'section' && has('data-page')(n));
    assert.ok(sections.length >= 2, 'at least two pages');
    const pageIds = sections.map((s) => s.attrs['data-page']);
    assert.equal(new Set(pageIds).size, pageIds.length, 'page ids are unique');
    sections.forEach((s) => assert.ok(findAll(s, (n) => n.tag === 'h2').length >= 1, 'page ' + s.attrs['data-page'] + ' has an h2'));

    const forms = findAll(root, (n) => n.tag === 'form' && (has('data-question')(n) || has('data-decision')(n)));
    const ids = forms.map((f) => f.attrs['data-question'] || f.attrs['data-decision']);
    assert.equal(new Set(ids).size, ids.length, 'interaction ids are unique');
    for (const f of forms) {
      const id = f.attrs['data-question'] || f.attrs['data-decision'];
      const inputs = findAll(f, (n) => n.tag === 'input');
      assert.ok(inputs.length >= 2, id + ': at least two choices');
      assert.equal(inputs.filter(has('data-correct')).length, 1, id + ': exactly one data-correct');
      const values = inputs.map((i) => i.attrs.value);
      assert.ok(values.every(Boolean), id + ': every choice has a value');
      assert.equal(new Set(values).size, values.length, id + ': choice values unique');
      inputs.forEach((i) => assert.equal(i.parent.tag, 'label', id + ': each input is inside its label'));
      assert.equal(findAll(f, (n) => n.tag === 'legend').length, 1, id + ': one legend');
      const feedback = findAll(f, has('data-feedback')).map((n) => n.attrs['data-feedback']);
      if (kind === 'assessment') {
        assert.ok(findAll(f, has('data-explanation')).length === 1 || feedback.length === values.length, id + ': explanation');
      } else {
        assert.deepEqual([...feedback].sort(), [...values].sort(), id + ': one data-feedback per choice');
      }
    }

    if (kind === 'assessment') {
      assert.equal(findAll(root, has('data-results')).length, 1, 'assessment has one data-results page');
      const ms = root.attrs['data-mastery-score'];
      if (ms !== undefined) assert.ok(Number(ms) >= 0 && Number(ms) <= 1, 'data-mastery-score in [0,1]');
      /* Each attempt draws from a bank larger than one attempt, so a retry meets new questions. */
      const draw = Number(root.attrs['data-draw']);
      assert.ok(Number.isInteger(draw) && draw > 0, 'assessment says how many questions an attempt draws (data-draw)');
      assert.ok(forms.length >= draw + 4, 'the bank (' + forms.length + ') holds at least four questions more than an attempt (' + draw + ')');
      return;
    }

    /* content AU: 2+ scenarios, 3-5 knowledge checks, sources page */
    const checks = forms.filter(has('data-question'));
    assert.ok(checks.length >= 3 && checks.length <= 5, 'content AU has 3 to 5 knowledge checks (' + checks.length + ')');
    assert.ok(pageIds.includes('sources'), 'content AU ends with a sources page');

    const scenarios = findAll(root, has('data-scenario'));
    assert.ok(scenarios.length >= 2, 'content AU has at least two scenarios');
    for (const sc of scenarios) {
      const sid = sc.attrs['data-scenario'];
      const steps = findAll(sc, has('data-step'));
      const map = new Map(steps.map((s) => [s.attrs['data-step'], s]));
      assert.equal(map.size, steps.length, sid + ': step ids unique');
      const nexts = (step) => {
        const f = findAll(step, (n) => n.tag === 'form' && has('data-decision')(n))[0];
        return f ? findAll(f, (n) => n.tag === 'input').map((i) => i.attrs['data-next']) : null;
      };
      const reached = new Set();
      const depths = [];
      const walk = (id, depth, trail) => {
        assert.ok(map.has(id), sid + ': data-next "' + id + '" exists');
        assert.ok(!trail.has(id), sid + ': no loop at ' + id);
        reached.add(id);
        const n = nexts(map.get(id));
        if (!n) { depths.push(depth); return; }
        n.forEach((next) => {
          assert.ok(next, sid + ': every choice has data-next');
          walk(next, depth + 1, new Set([...trail, id]));
        });
      };
      walk(steps[0].attrs['data-step'], 0, new Set());
      assert.equal(reached.size, map.size, sid + ': every step is reachable');
      assert.ok(Math.min(...depths) >= 2, sid + ': every path has at least two decision points');
    }
  });
}
