'use strict';
/* Run with: node --test courses/_runtime/test/ */
const test = require('node:test');
const assert = require('node:assert/strict');
const Core = require('../carelearn-core.js');

const SESSION_ID = 'b1e7f1f0-0000-4000-8000-000000000001';
const session = {
  actor: { objectType: 'Agent', account: { homePage: 'https://carelearn.example', name: 'learner-42' } },
  registration: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  activityId: 'https://carelearn.example/lms/activities/au-7',
  contextTemplate: {
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://carelearn.example/courses/empathetic-communication/au/listening' }]
    },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID }
  }
};

function categoryIds(stmt) {
  return (stmt.context.contextActivities.category || []).map((a) => a.id);
}

test('formatDuration produces ISO 8601 durations with 0.01 s precision', () => {
  assert.equal(Core.formatDuration(0), 'PT0S');
  assert.equal(Core.formatDuration(-5), 'PT0S');
  assert.equal(Core.formatDuration(NaN), 'PT0S');
  assert.equal(Core.formatDuration(1500), 'PT1.5S');
  assert.equal(Core.formatDuration(61000), 'PT1M1S');
  assert.equal(Core.formatDuration(3600000), 'PT1H');
  assert.equal(Core.formatDuration(3723450), 'PT1H2M3.45S');
  assert.equal(Core.formatDuration(50), 'PT0.05S');
  assert.equal(Core.formatDuration(59999), 'PT1M');
  assert.equal(Core.formatDuration(90061000), 'PT25H1M1S');
});

test('parseDuration round-trips formatDuration', () => {
  for (const ms of [0, 10, 1500, 61000, 3723450, 90061000]) {
    assert.equal(Core.parseDuration(Core.formatDuration(ms)), ms);
  }
  assert.equal(Core.parseDuration('P1DT1S'), 86401000);
  assert.equal(Core.parseDuration('nonsense'), null);
  assert.equal(Core.parseDuration('PT'), null);
});

test('parseLaunchParams reads all cmi5 parameters in any order', () => {
  const actor = JSON.stringify(session.actor);
  const qs = '?activityId=' + encodeURIComponent(session.activityId) +
    '&actor=' + encodeURIComponent(actor) +
    '&registration=' + session.registration +
    '&fetch=' + encodeURIComponent('https://lms.example/fetch?k=a b&x=1') +
    '&endpoint=' + encodeURIComponent('https://lms.example/xapi/');
  const parsed = Core.parseLaunchParams(qs);
  assert.equal(parsed.status, 'ok');
  assert.deepEqual(parsed.params.actor, session.actor);
  assert.equal(parsed.params.fetch, 'https://lms.example/fetch?k=a b&x=1');
  assert.equal(parsed.params.endpoint, 'https://lms.example/xapi/');
  assert.equal(parsed.params.registration, session.registration);
});

test('parseLaunchParams distinguishes preview from a broken launch', () => {
  assert.equal(Core.parseLaunchParams('').status, 'absent');
  assert.equal(Core.parseLaunchParams('?lang=en').status, 'absent');
  const broken = Core.parseLaunchParams('?endpoint=x&fetch=y&actor=%7Bbad&registration=r');
  assert.equal(broken.status, 'invalid');
  assert.ok(broken.problems.includes('missing activityId'));
  assert.ok(broken.problems.includes('actor is not valid JSON'));
});

test('xapiUrl joins endpoint and JSON-encodes object parameters', () => {
  const url = Core.xapiUrl('https://lms.example/xapi', 'activities/state', {
    activityId: 'https://a.example/x', agent: { mbox: 'mailto:a@b.example' }, stateId: 'LMS.LaunchData', registration: undefined
  });
  const u = new URL(url);
  assert.equal(u.pathname, '/xapi/activities/state');
  assert.equal(u.searchParams.get('agent'), '{"mbox":"mailto:a@b.example"}');
  assert.equal(u.searchParams.get('stateId'), 'LMS.LaunchData');
  assert.equal(u.searchParams.has('registration'), false);
  assert.equal(Core.xapiUrl('https://lms.example/xapi/', 'statements'), 'https://lms.example/xapi/statements');
});

test('interpretFetchResponse handles token and cmi5 error codes', () => {
  assert.deepEqual(Core.interpretFetchResponse({ 'auth-token': 'abc' }), { token: 'abc' });
  assert.deepEqual(Core.interpretFetchResponse({ 'error-code': '1', 'error-text': 'used' }), { errorCode: '1', errorText: 'used' });
  assert.equal(Core.interpretFetchResponse(null).errorCode, '3');
});

test('normalizeLaunchData keeps what the AU needs and rejects unusable documents', () => {
  const ld = Core.normalizeLaunchData({
    contextTemplate: session.contextTemplate, launchMode: 'Review', moveOn: 'Passed',
    masteryScore: 0.8, returnURL: 'https://lms.example/return'
  });
  assert.equal(ld.launchMode, 'Review');
  assert.equal(ld.masteryScore, 0.8);
  assert.equal(ld.sessionId, SESSION_ID);
  assert.equal(ld.returnURL, 'https://lms.example/return');
  assert.throws(() => Core.normalizeLaunchData({ launchMode: 'Normal' }));
  assert.equal(Core.normalizeLaunchData({ contextTemplate: {} }).launchMode, 'Normal');
});

test('mastery score: LaunchData wins, page value is only a fallback', () => {
  assert.deepEqual(Core.resolveMasteryScore(0.9, '0.8'), { value: 0.9, source: 'lms' });
  assert.deepEqual(Core.resolveMasteryScore(undefined, '0.8'), { value: 0.8, source: 'page' });
  assert.deepEqual(Core.resolveMasteryScore(null, null), { value: null, source: null });
  assert.deepEqual(Core.resolveMasteryScore(1.5, 'abc'), { value: null, source: null });
  assert.deepEqual(Core.resolveMasteryScore(0, '0.8'), { value: 0, source: 'lms' });
});

test('scoreAssessment and judge', () => {
  const questions = Array.from({ length: 12 }, (_, i) => ({ id: 'q' + i, correct: ['a'] }));
  const answers = {};
  questions.forEach((q, i) => { answers[q.id] = i < 10 ? 'a' : 'b'; });
  const score = Core.scoreAssessment(questions, answers);
  assert.deepEqual([score.raw, score.min, score.max, score.answered], [10, 0, 12, 12]);
  assert.equal(score.scaled, 0.8333);
  assert.equal(Core.judge(score.scaled, 0.8), true);
  assert.equal(Core.judge(0.75, 0.8), false);
  assert.equal(Core.judge(0.8, 0.8), true);            /* 8/10 exactly at mastery */
  assert.equal(Core.judge(Core.scoreAssessment(questions.slice(0, 10), answers).scaled, 0.8), true);
  assert.equal(Core.judge(0.1, null), true);
  const partial = Core.scoreAssessment(questions, { q0: 'a' });
  assert.equal(partial.answered, 1);
  assert.equal(partial.raw, 1);
});

test('initialized: cmi5 category, session id, registration, AU object, no result', () => {
  const st = Core.initializedStatement(session, Date.UTC(2026, 0, 1), 'id-1');
  assert.equal(st.id, 'id-1');
  assert.equal(st.timestamp, '2026-01-01T00:00:00.000Z');
  assert.equal(st.verb.id, 'http://adlnet.gov/expapi/verbs/initialized');
  assert.deepEqual(st.object, { objectType: 'Activity', id: session.activityId });
  assert.equal(st.context.registration, session.registration);
  assert.equal(st.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], SESSION_ID);
  assert.deepEqual(categoryIds(st), ['https://w3id.org/xapi/cmi5/context/categories/cmi5']);
  assert.deepEqual(st.context.contextActivities.grouping, session.contextTemplate.contextActivities.grouping);
  assert.equal(st.result, undefined);
  /* template is not mutated */
  assert.equal(session.contextTemplate.contextActivities.category, undefined);
});

test('completed: completion true, duration, moveOn category', () => {
  const st = Core.completedStatement(session, 754000);
  assert.equal(st.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.deepEqual(st.result, { completion: true, duration: 'PT12M34S' });
  assert.deepEqual(categoryIds(st).sort(), [
    'https://w3id.org/xapi/cmi5/context/categories/cmi5',
    'https://w3id.org/xapi/cmi5/context/categories/moveon'
  ]);
  assert.match(st.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('passed / failed: score, success, duration, moveOn, masteryscore extension', () => {
  const score = { raw: 10, min: 0, max: 12, scaled: 0.8333 };
  const passed = Core.judgementStatement(session, true, score, 600000, 0.8);
  assert.equal(passed.verb.id, 'http://adlnet.gov/expapi/verbs/passed');
  assert.deepEqual(passed.result, { score: { scaled: 0.8333, raw: 10, min: 0, max: 12 }, success: true, duration: 'PT10M' });
  assert.equal(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.8);
  assert.ok(categoryIds(passed).includes('https://w3id.org/xapi/cmi5/context/categories/moveon'));

  const failed = Core.judgementStatement(session, false, { raw: 6, min: 0, max: 12, scaled: 0.5 }, 1000, null);
  assert.equal(failed.verb.id, 'http://adlnet.gov/expapi/verbs/failed');
  assert.equal(failed.result.success, false);
  assert.equal(failed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], undefined);
});

test('terminated: duration, cmi5 category, no moveOn category', () => {
  const st = Core.terminatedStatement(session, 125000);
  assert.equal(st.verb.id, 'http://adlnet.gov/expapi/verbs/terminated');
  assert.deepEqual(st.result, { duration: 'PT2M5S' });
  assert.deepEqual(categoryIds(st), ['https://w3id.org/xapi/cmi5/context/categories/cmi5']);
});

test('answered (cmi5 allowed): interaction definition, no cmi5 category, keeps session id', () => {
  const tmpl = JSON.parse(JSON.stringify(session));
  /* even if an LMS put categories in the template, allowed statements drop the cmi5 ones */
  tmpl.contextTemplate.contextActivities.category = [
    { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
    { id: 'https://carelearn.example/category/oncology' }
  ];
  const interaction = {
    id: 'kc-naming',
    prompt: 'Which response names the emotion?',
    choices: [{ id: 'a', text: 'Let me explain.' }, { id: 'b', text: 'You sound frightened.' }],
    correct: ['b']
  };
  const st = Core.answeredStatement(tmpl, interaction, 'b', true);
  assert.equal(st.verb.id, 'http://adlnet.gov/expapi/verbs/answered');
  assert.equal(st.object.id, session.activityId + '/interactions/kc-naming');
  assert.equal(st.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
  assert.equal(st.object.definition.interactionType, 'choice');
  assert.deepEqual(st.object.definition.correctResponsesPattern, ['b']);
  assert.deepEqual(st.object.definition.choices[1], { id: 'b', description: { 'en-US': 'You sound frightened.' } });
  assert.deepEqual(st.result, { response: 'b', success: true });
  assert.equal(st.context.registration, session.registration);
  assert.equal(st.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], SESSION_ID);
  assert.deepEqual(categoryIds(st), ['https://carelearn.example/category/oncology']);
  assert.deepEqual(st.context.contextActivities.parent, [{ objectType: 'Activity', id: session.activityId }]);
});

test('buildContext never overwrites template values', () => {
  const tmpl = JSON.parse(JSON.stringify(session));
  tmpl.contextTemplate.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'] = 0.7;
  const ctx = Core.buildContext(tmpl, { cmi5: true, moveOn: true, masteryScore: 0.9 });
  assert.equal(ctx.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.7);
});

test('progress document normalisation is defensive', () => {
  assert.deepEqual(Core.normalizeProgress(null), Core.emptyProgress());
  assert.deepEqual(Core.normalizeProgress({ version: 99, page: 'x' }), Core.emptyProgress());
  const p = Core.normalizeProgress({
    version: 1, page: 'spikes-k', seen: ['a', 3, 'b'], totalMs: 5000, completedSent: true,
    checks: { q1: { response: 'b', success: true }, bad: 'x' },
    scenarios: { s1: { path: [{ decision: 'd1', choice: 'a' }, { nope: 1 }], runs: 2 } },
    assessment: { attempt: 2, answers: { q1: 'a', q2: 5 }, submitted: false, attemptStartMs: 1000 }
  });
  assert.equal(p.page, 'spikes-k');
  assert.deepEqual(p.seen, ['a', 'b']);
  assert.deepEqual(p.checks, { q1: { response: 'b', success: true } });
  assert.deepEqual(p.scenarios.s1, { path: [{ decision: 'd1', choice: 'a' }], runs: 2 });
  assert.deepEqual(p.assessment.answers, { q1: 'a' });
  assert.equal(p.assessment.attempt, 2);
  assert.equal(p.totalMs, 5000);
  assert.equal(p.completedSent, true);
});

test('completion and judgement rules follow launchMode and once-per-registration limits', () => {
  const base = { auKind: 'content', launchMode: 'Normal', completedSent: false, pageIds: ['a', 'b'], seen: ['b', 'a'] };
  assert.equal(Core.shouldSendCompleted(base), true);
  assert.equal(Core.shouldSendCompleted({ ...base, seen: ['a'] }), false);
  assert.equal(Core.shouldSendCompleted({ ...base, completedSent: true }), false);
  assert.equal(Core.shouldSendCompleted({ ...base, launchMode: 'Browse' }), false);
  assert.equal(Core.shouldSendCompleted({ ...base, launchMode: 'Review' }), false);
  assert.equal(Core.shouldSendCompleted({ ...base, auKind: 'assessment' }), false);
  assert.equal(Core.mayJudge({ launchMode: 'Normal', passedSent: false, judgedThisSession: false }), true);
  assert.equal(Core.mayJudge({ launchMode: 'Normal', passedSent: true, judgedThisSession: false }), false);
  assert.equal(Core.mayJudge({ launchMode: 'Normal', passedSent: false, judgedThisSession: true }), false);
  assert.equal(Core.mayJudge({ launchMode: 'Review', passedSent: false, judgedThisSession: false }), false);
});

test('uuid is RFC 4122 v4', () => {
  const seen = new Set();
  for (let i = 0; i < 200; i += 1) {
    const id = Core.uuid();
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    seen.add(id);
  }
  assert.equal(seen.size, 200);
});

test('a content AU is completed only when its knowledge checks are answered too (any answer)', () => {
  const base = { auKind: 'content', launchMode: 'Normal', completedSent: false, pageIds: ['a', 'b'], seen: ['a', 'b'],
    checkIds: ['kc-1', 'kc-2'], checks: { 'kc-1': { response: 'b', success: true } } };
  assert.equal(Core.shouldSendCompleted(base), false, 'every page seen, one check unanswered');
  assert.deepEqual(Core.unansweredChecks(base.checkIds, base.checks), ['kc-2']);
  const answered = { ...base, checks: { ...base.checks, 'kc-2': { response: 'a', success: false } } };
  assert.equal(Core.shouldSendCompleted(answered), true, 'a wrong answer counts as answered');
  assert.deepEqual(Core.unansweredChecks(answered.checkIds, answered.checks), []);
});

test('sha256Hex matches the reference implementation on ASCII, multi-byte and block-boundary input', () => {
  const crypto = require('node:crypto');
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'é “quotes” 中文 😀']) {
    assert.equal(Core.sha256Hex(text), crypto.createHash('sha256').update(text, 'utf8').digest('hex'), text.slice(0, 10));
  }
});

test('a sealed answer matches its own choice only, and reveals neither choice nor question in plain text', () => {
  const seal = Core.sealAnswer('5eed', 'aq-04', 'c');
  assert.match(seal, /^5eed:[0-9a-f]{32}$/);
  assert.equal(Core.answerMatches(seal, 'aq-04', 'c'), true);
  for (const other of ['a', 'b', 'd', '', null]) assert.equal(Core.answerMatches(seal, 'aq-04', other), false, String(other));
  assert.equal(Core.answerMatches(seal, 'aq-05', 'c'), false, 'bound to its question');
  assert.notEqual(Core.sealAnswer('other', 'aq-04', 'c').split(':')[1], seal.split(':')[1], 'salted');
  assert.equal(Core.answerMatches('no-salt', 'aq-04', 'c'), false);
});

function seeded(seed) {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

const BANK = Array.from({ length: 16 }, (_, i) => ({ id: 'aq-' + (i + 1), choices: ['a', 'b', 'c', 'd'] }));

test('an attempt draws its number of different questions from the bank and shuffles questions and choices', () => {
  const plan = Core.planAttempt(BANK, 12, [], seeded(7));
  assert.equal(plan.draw.length, 12);
  assert.equal(new Set(plan.draw).size, 12);
  plan.draw.forEach((id) => assert.deepEqual([...plan.order[id]].sort(), ['a', 'b', 'c', 'd']));
  assert.equal(Core.planFits(plan, BANK, 12), true);
  const orders = new Set();
  const draws = new Set();
  for (let seed = 1; seed <= 20; seed += 1) {
    const p = Core.planAttempt(BANK, 12, [], seeded(seed));
    draws.add(p.draw.join());
    p.draw.forEach((id) => orders.add(p.order[id].join()));
  }
  assert.ok(draws.size > 15, 'draws differ from attempt to attempt');
  assert.ok(orders.size > 10, 'choices come in different orders');
  assert.deepEqual(Core.planAttempt(BANK, undefined, [], seeded(3)).draw.length, 16, 'no draw size: the whole bank');
});

test('a new attempt asks every question the previous one did not, before repeating any', () => {
  const first = Core.planAttempt(BANK, 12, [], seeded(11));
  const second = Core.planAttempt(BANK, 12, first.draw, seeded(12));
  const unused = BANK.map((q) => q.id).filter((id) => !first.draw.includes(id));
  assert.equal(unused.length, 4);
  unused.forEach((id) => assert.ok(second.draw.includes(id), id + ' is asked in the second attempt'));
  assert.notDeepEqual([...second.draw].sort(), [...first.draw].sort());
});

test('a saved attempt is kept only while it fits the bank', () => {
  const plan = Core.planAttempt(BANK, 12, [], seeded(5));
  const changed = BANK.filter((q) => q.id !== plan.draw[0]).concat({ id: 'new', choices: ['a', 'b'] });
  assert.equal(Core.planFits(plan, changed, 12), false, 'a drawn question left the bank');
  assert.equal(Core.planFits({ draw: plan.draw.slice(1), order: plan.order }, BANK, 12), false, 'too few');
  assert.equal(Core.planFits({ draw: plan.draw, order: {} }, BANK, 12), false, 'no choice order');
  assert.equal(Core.planFits({ draw: null, order: null }, BANK, 12), false, 'a document from before the bank');
  const p = Core.normalizeProgress({ version: 1, assessment: { attempt: 2, answers: {}, draw: plan.draw, order: plan.order, previousDraw: ['aq-1'] } });
  assert.deepEqual(p.assessment.draw, plan.draw);
  assert.deepEqual(p.assessment.order, plan.order);
  assert.deepEqual(p.assessment.previousDraw, ['aq-1']);
});
