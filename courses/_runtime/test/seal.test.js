'use strict';
/*
 * The packaging step (../tools/seal-assessments.js) on the real assessments: the packaged page names no
 * right answer and explains none, yet its sealed key still marks exactly the choice the author marked.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Core = require('../carelearn-core.js');
const { sealAssessment } = require('../tools/seal-assessments.js');

const COURSES = path.resolve(__dirname, '..', '..');
const assessments = fs.readdirSync(COURSES)
  .filter((c) => !c.startsWith('_') && !c.startsWith('.'))
  .map((c) => path.join(COURSES, c, 'assessment', 'index.html'))
  .filter((f) => fs.existsSync(f));

function questions(html) {
  const out = [];
  const re = /<form\b[^>]*\bdata-question="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g;
  let m;
  while ((m = re.exec(html))) {
    const form = m[0];
    const values = [...m[2].matchAll(/<input\b[^>]*\bvalue="([^"]+)"[^>]*>/g)].map((v) => v[1]);
    const correct = (/<input\b[^>]*\bvalue="([^"]+)"[^>]*\bdata-correct\b/.exec(m[2]) || [])[1];
    const key = (/^<form\b[^>]*\bdata-key="([^"]+)"/.exec(form) || [])[1];
    out.push({ id: m[1], values, correct, key });
  }
  return out;
}

test('there are assessments to seal', () => assert.ok(assessments.length >= 3));

for (const file of assessments) {
  const rel = path.relative(COURSES, file);
  test('sealed assessment: ' + rel, () => {
    const source = fs.readFileSync(file, 'utf8');
    const sealed = sealAssessment(source);
    assert.doesNotMatch(sealed, /data-correct/, 'no plain answer key');
    assert.doesNotMatch(sealed, /data-explanation|data-feedback/, 'no explanation naming the answer');
    const authored = questions(source);
    const packaged = questions(sealed);
    assert.equal(packaged.length, authored.length);
    authored.forEach((q, i) => {
      const s = packaged[i];
      assert.equal(s.id, q.id);
      assert.ok(s.key, q.id + ' has a sealed key');
      assert.deepEqual(s.values.filter((v) => Core.answerMatches(s.key, s.id, v)), [q.correct], q.id);
    });
    assert.notEqual(sealAssessment(source), sealed, 'a fresh salt every time');
  });
}

test('a question without exactly one marked answer is refused, not packaged', () => {
  const page = '<main data-carelearn-au data-au-kind="assessment"><form data-question="x"><fieldset>'
    + '<label><input type="radio" value="a"> A</label><label><input type="radio" value="b"> B</label></fieldset></form></main>';
  assert.throws(() => sealAssessment(page), /question x must mark exactly one choice data-correct/);
});
