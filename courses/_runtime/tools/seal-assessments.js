'use strict';
/*
 * Course packaging step: copies every course folder (courses/<course>/) to an output folder and seals the
 * answer key of its assessment pages on the way.
 *
 *   node courses/_runtime/tools/seal-assessments.js <courses folder> <output folder>
 *
 * In the authoring source an assessment question marks its right choice with `data-correct` and explains
 * it in `data-explanation` (or per choice in `data-feedback`), so that reviewers can check both. A learner must not find either in the page:
 * the packaged page carries, on each question's form, `data-key="salt:digest"` (Core.sealAnswer, with a
 * fresh random salt per question and per build) and no explanation. Knowledge checks in content lessons
 * are practice and keep their markup.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const Core = require('../carelearn-core.js');

const QUESTION = /<form\b([^>]*?)\bdata-question="([^"]+)"([^>]*)>([\s\S]*?)<\/form>/g;
const CORRECT_INPUT = /<input\b[^>]*\bdata-correct\b[^>]*>/g;
const EXPLANATION = /[ \t]*<div data-(?:explanation|feedback="[^"]*")>[\s\S]*?<\/div>\n?/g;

function isAssessment(html) {
  return /<main\b[^>]*\bdata-au-kind="assessment"/.test(html);
}

/** The page with its questions' keys sealed and explanations left out. Throws when a question has no single key. */
function sealAssessment(html, randomSalt) {
  const salt = randomSalt || (() => crypto.randomBytes(8).toString('hex'));
  return html.replace(QUESTION, (form, before, id, after, body) => {
    const correct = body.match(CORRECT_INPUT) || [];
    if (correct.length !== 1) throw new Error('question ' + id + ' must mark exactly one choice data-correct, not ' + correct.length);
    const value = (/\bvalue="([^"]+)"/.exec(correct[0]) || [])[1];
    if (!value) throw new Error('question ' + id + ': the data-correct choice has no value');
    const sealedBody = body.replace(CORRECT_INPUT, (input) => input.replace(/\s+data-correct\b/, ''))
      .replace(EXPLANATION, '');
    return '<form' + before + 'data-question="' + id + '"' + after + ' data-key="' + Core.sealAnswer(salt(), id, value) + '">'
      + sealedBody + '</form>';
  });
}

function copyCourse(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      copyCourse(source, target);
    } else if (entry.name.endsWith('.html') && isAssessment(fs.readFileSync(source, 'utf8'))) {
      fs.writeFileSync(target, sealAssessment(fs.readFileSync(source, 'utf8')));
    } else {
      fs.copyFileSync(source, target);
    }
  }
}

if (require.main === module) {
  const [coursesDir, outDir] = process.argv.slice(2);
  if (!coursesDir || !outDir) {
    process.stderr.write('usage: node seal-assessments.js <courses folder> <output folder>\n');
    process.exit(2);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const course of fs.readdirSync(coursesDir, { withFileTypes: true })) {
    if (course.isDirectory() && !course.name.startsWith('_') && !course.name.startsWith('.')) {
      copyCourse(path.join(coursesDir, course.name), path.join(outDir, course.name));
    }
  }
}

module.exports = { sealAssessment, isAssessment };
