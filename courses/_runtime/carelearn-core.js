/*
 * CareLearn course runtime: core.
 *
 * Pure functions only: no DOM, no network, no timers. Everything in here can be
 * exercised by `node --test` (see ./test). Loaded in the browser as a classic
 * script that defines `window.CareLearnCore`; loaded in Node via require().
 *
 * Reference: cmi5 specification ("quartz" edition), sections 8-10; xAPI 1.0.3.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.CareLearnCore = api;
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var XAPI_VERSION = '1.0.3';

  /* cmi5 defined verbs (cmi5 section 9.3) and the one "allowed" verb we use. */
  var VERBS = Object.freeze({
    initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
    completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
    failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
    terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
    answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } }
  });

  var IRI = Object.freeze({
    categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
    categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
    extSessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
    extMasteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
    interactionType: 'http://adlnet.gov/expapi/activities/cmi.interaction'
  });

  var STATE_IDS = Object.freeze({
    launchData: 'LMS.LaunchData',
    progress: 'https://carelearn.example/state/progress'
  });

  var AGENT_PROFILE_IDS = Object.freeze({
    learnerPreferences: 'cmi5LearnerPreferences'
  });

  var LAUNCH_MODES = Object.freeze(['Normal', 'Browse', 'Review']);

  var PROGRESS_VERSION = 1;

  /* ------------------------------------------------------------------ */
  /* Small helpers                                                       */
  /* ------------------------------------------------------------------ */

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function toArray(value) {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value.slice() : [value];
  }

  /** RFC 4122 version 4 UUID. Uses the platform CSPRNG when there is one. */
  function uuid(randomBytes) {
    var bytes;
    if (typeof randomBytes === 'function') {
      bytes = randomBytes(16);
    } else if (typeof crypto !== 'undefined' && crypto && typeof crypto.getRandomValues === 'function') {
      bytes = crypto.getRandomValues(new Uint8Array(16));
    } else {
      bytes = new Uint8Array(16);
      for (var i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = [];
    for (var j = 0; j < 16; j += 1) hex.push((bytes[j] + 0x100).toString(16).slice(1));
    return hex.slice(0, 4).join('') + '-' + hex.slice(4, 6).join('') + '-' + hex.slice(6, 8).join('') +
      '-' + hex.slice(8, 10).join('') + '-' + hex.slice(10, 16).join('');
  }

  /* ------------------------------------------------------------------ */
  /* Launch parameters (cmi5 section 8.1)                                */
  /* ------------------------------------------------------------------ */

  var REQUIRED_LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

  /**
   * Parse the cmi5 launch query string.
   * @param {string} search  e.g. window.location.search (leading "?" optional)
   * @returns {{status: 'ok'|'absent'|'invalid', params: object|null, problems: string[]}}
   *   status "absent" means none of the cmi5 parameters are present (the page was
   *   opened directly, e.g. for authoring preview).
   */
  function parseLaunchParams(search) {
    var query = new URLSearchParams(String(search || '').replace(/^\?/, ''));
    var present = REQUIRED_LAUNCH_PARAMS.filter(function (name) { return query.has(name); });
    if (present.length === 0) {
      return { status: 'absent', params: null, problems: [] };
    }
    var problems = [];
    REQUIRED_LAUNCH_PARAMS.forEach(function (name) {
      if (!query.get(name)) problems.push('missing ' + name);
    });
    var actor = null;
    if (query.get('actor')) {
      try {
        actor = JSON.parse(query.get('actor'));
        if (!isPlainObject(actor)) {
          problems.push('actor is not a JSON object');
          actor = null;
        }
      } catch (e) {
        problems.push('actor is not valid JSON');
      }
    }
    if (problems.length) {
      return { status: 'invalid', params: null, problems: problems };
    }
    return {
      status: 'ok',
      params: {
        endpoint: query.get('endpoint'),
        fetch: query.get('fetch'),
        actor: actor,
        registration: query.get('registration'),
        activityId: query.get('activityId')
      },
      problems: []
    };
  }

  /** Join the xAPI base endpoint with a resource path and query parameters. */
  function xapiUrl(endpoint, resource, params) {
    var base = String(endpoint);
    if (base.charAt(base.length - 1) !== '/') base += '/';
    var url = base + resource;
    var query = new URLSearchParams();
    Object.keys(params || {}).forEach(function (key) {
      var value = params[key];
      if (value === undefined || value === null) return;
      query.append(key, typeof value === 'string' ? value : JSON.stringify(value));
    });
    var qs = query.toString();
    return qs ? url + '?' + qs : url;
  }

  /* ------------------------------------------------------------------ */
  /* Fetch URL response (cmi5 section 8.2)                               */
  /* ------------------------------------------------------------------ */

  /**
   * Interpret the JSON body returned by the fetch URL.
   * @returns {{token: string}|{errorCode: string, errorText: string}}
   */
  function interpretFetchResponse(body) {
    if (isPlainObject(body) && typeof body['auth-token'] === 'string' && body['auth-token'] !== '') {
      return { token: body['auth-token'] };
    }
    if (isPlainObject(body) && body['error-code'] !== undefined) {
      return { errorCode: String(body['error-code']), errorText: String(body['error-text'] || '') };
    }
    return { errorCode: '3', errorText: 'Unexpected response from fetch URL' };
  }

  /* ------------------------------------------------------------------ */
  /* LMS.LaunchData (cmi5 section 10)                                    */
  /* ------------------------------------------------------------------ */

  /** Parse a masteryScore-like value; returns a number in [0, 1] or null. */
  function parseMasteryScore(value) {
    if (value === undefined || value === null || value === '') return null;
    var n = typeof value === 'number' ? value : Number(String(value).trim());
    if (!isFinite(n) || n < 0 || n > 1) return null;
    return n;
  }

  /**
   * Normalise the LMS.LaunchData document into what the runtime needs.
   * Throws if the document is unusable (no contextTemplate).
   */
  function normalizeLaunchData(doc) {
    if (!isPlainObject(doc) || !isPlainObject(doc.contextTemplate)) {
      throw new Error('LMS.LaunchData has no contextTemplate');
    }
    var mode = LAUNCH_MODES.indexOf(doc.launchMode) >= 0 ? doc.launchMode : 'Normal';
    var ext = isPlainObject(doc.contextTemplate.extensions) ? doc.contextTemplate.extensions : {};
    return {
      contextTemplate: clone(doc.contextTemplate),
      launchMode: mode,
      moveOn: typeof doc.moveOn === 'string' ? doc.moveOn : null,
      masteryScore: parseMasteryScore(doc.masteryScore),
      returnURL: typeof doc.returnURL === 'string' && doc.returnURL ? doc.returnURL : null,
      launchParameters: typeof doc.launchParameters === 'string' ? doc.launchParameters : null,
      entitlementKey: isPlainObject(doc.entitlementKey) ? clone(doc.entitlementKey) : null,
      sessionId: typeof ext[IRI.extSessionId] === 'string' ? ext[IRI.extSessionId] : null
    };
  }

  /**
   * Choose the mastery score: the LMS value wins; the value baked into the page
   * (from cmi5.xml) is used only when LaunchData has none.
   * @returns {{value: number|null, source: 'lms'|'page'|null}}
   */
  function resolveMasteryScore(launchDataMastery, pageFallback) {
    var lms = parseMasteryScore(launchDataMastery);
    if (lms !== null) return { value: lms, source: 'lms' };
    var page = parseMasteryScore(pageFallback);
    if (page !== null) return { value: page, source: 'page' };
    return { value: null, source: null };
  }

  /** Only Normal mode may record satisfaction-related statements (cmi5 10.2.2). */
  function mayRecordJudgement(launchMode) {
    return launchMode === 'Normal';
  }

  /* ------------------------------------------------------------------ */
  /* Durations (ISO 8601, xAPI precision 0.01 s)                         */
  /* ------------------------------------------------------------------ */

  /**
   * Format milliseconds as an ISO 8601 duration, e.g. 3723450 -> "PT1H2M3.45S".
   * Negative or non-finite input is treated as zero ("PT0S").
   */
  function formatDuration(ms) {
    var n = Number(ms);
    if (!isFinite(n) || n < 0) n = 0;
    var centis = Math.round(n / 10);
    var hours = Math.floor(centis / 360000);
    var minutes = Math.floor((centis % 360000) / 6000);
    var secCentis = centis % 6000;
    var out = 'PT';
    if (hours) out += hours + 'H';
    if (minutes) out += minutes + 'M';
    if (secCentis || (!hours && !minutes)) {
      var whole = Math.floor(secCentis / 100);
      var frac = secCentis % 100;
      var s = String(whole);
      if (frac) s += '.' + (frac < 10 ? '0' + frac : String(frac)).replace(/0$/, '');
      out += s + 'S';
    }
    return out;
  }

  /** Parse the subset of ISO 8601 durations produced above (plus days). Returns ms or null. */
  function parseDuration(text) {
    var m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(text || ''));
    if (!m || text === 'P' || text === 'PT') return null;
    var d = Number(m[1] || 0), h = Number(m[2] || 0), min = Number(m[3] || 0), s = Number(m[4] || 0);
    return Math.round(((d * 24 + h) * 60 + min) * 60000 + s * 1000);
  }

  /* ------------------------------------------------------------------ */
  /* Scoring                                                             */
  /* ------------------------------------------------------------------ */

  function roundScaled(value) {
    return Math.round(value * 10000) / 10000;
  }

  /**
   * Score an assessment.
   * @param {Array<{id: string, correct: string[]}>} questions
   * @param {Object<string, string>} answers  question id -> chosen choice id
   * @returns {{raw: number, min: number, max: number, scaled: number, answered: number, results: Array}}
   */
  function scoreAssessment(questions, answers) {
    var raw = 0;
    var answered = 0;
    var results = (questions || []).map(function (q) {
      var response = answers && Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : null;
      var success = response !== null && toArray(q.correct).indexOf(response) >= 0;
      if (response !== null) answered += 1;
      if (success) raw += 1;
      return { id: q.id, response: response, success: success };
    });
    var max = results.length;
    return {
      raw: raw,
      min: 0,
      max: max,
      scaled: max ? roundScaled(raw / max) : 0,
      answered: answered,
      results: results
    };
  }

  /** Pass/fail against a mastery score. With no mastery score, any complete attempt passes. */
  function judge(scaled, masteryScore) {
    if (masteryScore === null || masteryScore === undefined) return true;
    return roundScaled(scaled) >= roundScaled(masteryScore);
  }

  /* ------------------------------------------------------------------ */
  /* Statement building                                                  */
  /* ------------------------------------------------------------------ */

  function hasActivity(list, id) {
    return list.some(function (a) { return a && a.id === id; });
  }

  /**
   * Build a statement context from the LaunchData contextTemplate.
   * Template values are never overwritten; registration is always set.
   * @param {object} session  {contextTemplate, registration}
   * @param {{cmi5?: boolean, moveOn?: boolean, masteryScore?: number|null, parent?: string}} options
   */
  function buildContext(session, options) {
    var opts = options || {};
    var ctx = clone(session.contextTemplate) || {};
    ctx.registration = session.registration;

    var ca = isPlainObject(ctx.contextActivities) ? ctx.contextActivities : {};
    ['parent', 'grouping', 'category', 'other'].forEach(function (key) {
      if (ca[key] !== undefined) ca[key] = toArray(ca[key]);
    });

    var category = toArray(ca.category);
    if (opts.cmi5) {
      if (!hasActivity(category, IRI.categoryCmi5)) {
        category.push({ objectType: 'Activity', id: IRI.categoryCmi5 });
      }
      if (opts.moveOn && !hasActivity(category, IRI.categoryMoveOn)) {
        category.push({ objectType: 'Activity', id: IRI.categoryMoveOn });
      }
    } else {
      /* cmi5 allowed statements must not carry the cmi5 (or moveOn) category. */
      category = category.filter(function (a) {
        return a && a.id !== IRI.categoryCmi5 && a.id !== IRI.categoryMoveOn;
      });
    }
    if (category.length) ca.category = category; else delete ca.category;

    if (opts.parent) {
      var parent = toArray(ca.parent);
      if (!hasActivity(parent, opts.parent)) parent.push({ objectType: 'Activity', id: opts.parent });
      ca.parent = parent;
    }
    if (Object.keys(ca).length) ctx.contextActivities = ca;

    if (opts.masteryScore !== undefined && opts.masteryScore !== null) {
      ctx.extensions = isPlainObject(ctx.extensions) ? ctx.extensions : {};
      if (ctx.extensions[IRI.extMasteryScore] === undefined) {
        ctx.extensions[IRI.extMasteryScore] = opts.masteryScore;
      }
    }
    return ctx;
  }

  function auObject(session) {
    return { objectType: 'Activity', id: session.activityId };
  }

  function baseStatement(session, verb, object, context, result, now, id) {
    var stmt = {
      id: id || uuid(),
      timestamp: (now instanceof Date ? now : new Date(now === undefined ? Date.now() : now)).toISOString(),
      actor: clone(session.actor),
      verb: clone(verb),
      object: object,
      context: context
    };
    if (result) stmt.result = result;
    return stmt;
  }

  /**
   * session: {actor, registration, activityId, contextTemplate}
   * All builders take an optional `now` (Date or ms) and `id` for testability.
   */
  function initializedStatement(session, now, id) {
    return baseStatement(session, VERBS.initialized, auObject(session),
      buildContext(session, { cmi5: true }), null, now, id);
  }

  function completedStatement(session, durationMs, now, id) {
    return baseStatement(session, VERBS.completed, auObject(session),
      buildContext(session, { cmi5: true, moveOn: true }),
      { completion: true, duration: formatDuration(durationMs) }, now, id);
  }

  /**
   * passed / failed. `score` is {raw, min, max, scaled}; `lmsMasteryScore` is the
   * value from LMS.LaunchData (added as the masteryscore context extension when
   * present, as cmi5 9.6.3.2 requires).
   */
  function judgementStatement(session, passed, score, durationMs, lmsMasteryScore, now, id) {
    return baseStatement(session, passed ? VERBS.passed : VERBS.failed, auObject(session),
      buildContext(session, { cmi5: true, moveOn: true, masteryScore: lmsMasteryScore }),
      {
        score: { scaled: score.scaled, raw: score.raw, min: score.min, max: score.max },
        success: !!passed,
        duration: formatDuration(durationMs)
      }, now, id);
  }

  function terminatedStatement(session, durationMs, now, id) {
    return baseStatement(session, VERBS.terminated, auObject(session),
      buildContext(session, { cmi5: true }),
      { duration: formatDuration(durationMs) }, now, id);
  }

  function interactionActivityId(auActivityId, interactionId) {
    return String(auActivityId).replace(/\/+$/, '') + '/interactions/' + encodeURIComponent(interactionId);
  }

  function langMap(text, lang) {
    var map = {};
    map[lang || 'en-US'] = String(text || '').replace(/\s+/g, ' ').trim();
    return map;
  }

  /**
   * cmi5 "allowed" statement for one answered choice interaction.
   * @param {object} interaction {id, kind: 'knowledge-check'|'scenario'|'assessment',
   *   prompt, choices: [{id, text}], correct: [choiceId]}
   */
  function answeredStatement(session, interaction, response, success, now, id, lang) {
    var definition = {
      type: IRI.interactionType,
      name: langMap(interaction.name || interaction.prompt, lang),
      description: langMap(interaction.prompt, lang),
      interactionType: 'choice',
      correctResponsesPattern: toArray(interaction.correct).length ? [toArray(interaction.correct).join('[,]')] : [],
      choices: (interaction.choices || []).map(function (c) {
        return { id: c.id, description: langMap(c.text, lang) };
      })
    };
    return baseStatement(session, VERBS.answered,
      { objectType: 'Activity', id: interactionActivityId(session.activityId, interaction.id), definition: definition },
      buildContext(session, { cmi5: false, parent: session.activityId }),
      { response: String(response), success: !!success }, now, id);
  }


  /* ------------------------------------------------------------------ */
  /* Answer key: sealed, never in the page in plain text                 */
  /* ------------------------------------------------------------------ */

  /* SHA-256 as FIPS 180-4 (August 2015) defines it: the first 32 bits of the fractional parts of the cube
     roots of the first 64 primes (section 4.2.2) and of the square roots of the first 8 (section 5.3.3).
     Computed here rather than copied. Written out in plain JavaScript because Web Crypto exists only in
     secure contexts, and a hospital may serve its courses over plain HTTP on its own network. */
  var SHA256_K = (function () {
    var k = [];
    var n = 2;
    while (k.length < 64) {
      var prime = true;
      for (var d = 2; d * d <= n; d += 1) if (n % d === 0) { prime = false; break; }
      if (prime) k.push(fractionBits(Math.cbrt(n)));
      n += 1;
    }
    return k;
  }());

  function fractionBits(x) {
    return ((x - Math.floor(x)) * 4294967296) >>> 0;
  }

  function utf8Bytes(text) {
    var out = [];
    var s = String(text);
    for (var i = 0; i < s.length; i += 1) {
      var c = s.codePointAt(i);
      if (c > 0xffff) i += 1;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }

  /** SHA-256 of the UTF-8 encoding of `text`, as 64 lower-case hex digits. */
  function sha256Hex(text) {
    var bytes = utf8Bytes(text);
    var bitLength = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    var high = Math.floor(bitLength / 4294967296);
    [high >>> 24, (high >>> 16) & 255, (high >>> 8) & 255, high & 255,
      bitLength >>> 24, (bitLength >>> 16) & 255, (bitLength >>> 8) & 255, bitLength & 255]
      .forEach(function (b) { bytes.push(b); });
    var h = [2, 3, 5, 7, 11, 13, 17, 19].map(function (p) { return fractionBits(Math.sqrt(p)); });
    var w = new Array(64);
    function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }
    for (var offset = 0; offset < bytes.length; offset += 64) {
      for (var t = 0; t < 64; t += 1) {
        if (t < 16) {
          var j = offset + t * 4;
          w[t] = ((bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3]) >>> 0;
        } else {
          var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
          var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
          w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
        }
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (var r = 0; r < 64; r += 1) {
        var t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[r] + w[r]) >>> 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
      }
      h = [a, b, c, d, e, f, g, hh].map(function (v, i) { return (h[i] + v) >>> 0; });
    }
    return h.map(function (v) { return ('0000000' + v.toString(16)).slice(-8); }).join('');
  }

  /**
   * The sealed form of a question's correct choice, "salt:digest": what a course package carries in
   * `data-key` instead of `data-correct`, so the answer key is not in plain sight in the page. It keeps a
   * glance at the page source from giving the answers away; it cannot stop a determined learner who runs
   * the runtime's own code, which is why the assessment also draws and shuffles its questions per attempt.
   */
  function sealAnswer(salt, questionId, value) {
    return salt + ':' + sha256Hex(salt + '|' + questionId + '|' + value).slice(0, 32);
  }

  /** Whether `value` is the choice sealed in `seal` (a "salt:digest" from sealAnswer). */
  function answerMatches(seal, questionId, value) {
    var cut = String(seal || '').indexOf(':');
    if (cut <= 0 || value === null || value === undefined) return false;
    return sealAnswer(seal.slice(0, cut), questionId, value) === seal;
  }

  /* ------------------------------------------------------------------ */
  /* Assessment attempts: questions drawn from a bank, shuffled          */
  /* ------------------------------------------------------------------ */

  /** A shuffled copy (Fisher-Yates); `random` returns [0, 1) like Math.random. */
  function shuffle(list, random) {
    var rnd = typeof random === 'function' ? random : Math.random;
    var out = (list || []).slice();
    for (var i = out.length - 1; i > 0; i -= 1) {
      var j = Math.floor(rnd() * (i + 1));
      var tmp = out[i]; out[i] = out[j]; out[j] = tmp;
    }
    return out;
  }

  /**
   * Plan a new attempt: `count` questions drawn from the bank (all of it when count is missing or larger),
   * those the previous attempt did not ask coming first, so that a retry always meets new questions when
   * the bank has them; then the questions and each question's choices in a random order.
   * @param {Array<{id: string, choices: string[]}>} bank
   * @param {string[]} previousDraw  the question ids of the attempt before, if any
   * @returns {{draw: string[], order: Object<string, string[]>}}
   */
  function planAttempt(bank, count, previousDraw, random) {
    var size = (bank || []).length;
    var n = Number.isInteger(count) && count > 0 && count < size ? count : size;
    var before = {};
    toArray(previousDraw).forEach(function (id) { before[id] = true; });
    var fresh = shuffle(bank.filter(function (q) { return !before[q.id]; }), random);
    var again = shuffle(bank.filter(function (q) { return before[q.id]; }), random);
    var chosen = shuffle(fresh.concat(again).slice(0, n), random);
    var order = {};
    chosen.forEach(function (q) { order[q.id] = shuffle(q.choices, random); });
    return { draw: chosen.map(function (q) { return q.id; }), order: order };
  }

  /** Whether a saved plan still fits the bank: same size, known questions, each with all its choices. */
  function planFits(plan, bank, count) {
    if (!isPlainObject(plan) || !Array.isArray(plan.draw) || !isPlainObject(plan.order)) return false;
    var size = (bank || []).length;
    var n = Number.isInteger(count) && count > 0 && count < size ? count : size;
    var byId = {};
    bank.forEach(function (q) { byId[q.id] = q; });
    var seen = {};
    return plan.draw.length === n && plan.draw.every(function (id) {
      var q = byId[id];
      var order = plan.order[id];
      if (!q || seen[id] || !Array.isArray(order) || order.length !== q.choices.length) return false;
      seen[id] = true;
      return q.choices.every(function (c) { return order.indexOf(c) >= 0; });
    });
  }

  /* ------------------------------------------------------------------ */
  /* Content AUs: what completion asks                                   */
  /* ------------------------------------------------------------------ */

  /** The knowledge checks (ids, in page order) not answered yet. */
  function unansweredChecks(checkIds, checks) {
    return (checkIds || []).filter(function (id) {
      return !(isPlainObject(checks) && isPlainObject(checks[id]) && typeof checks[id].response === 'string');
    });
  }

  /* ------------------------------------------------------------------ */
  /* Progress state document (stateId https://carelearn.example/state/progress) */
  /* ------------------------------------------------------------------ */

  function emptyProgress() {
    return {
      version: PROGRESS_VERSION,
      page: null,
      seen: [],
      checks: {},
      scenarios: {},
      assessment: { attempt: 1, answers: {}, submitted: false, result: null, attemptStartMs: 0, draw: null, order: null, previousDraw: [] },
      totalMs: 0,
      completedSent: false,
      passedSent: false,
      updated: null
    };
  }

  function stringMap(value) {
    var out = {};
    if (!isPlainObject(value)) return out;
    Object.keys(value).forEach(function (k) {
      if (typeof value[k] === 'string') out[k] = value[k];
    });
    return out;
  }

  /** Accept whatever came back from the LRS and return a well-formed progress object. */
  function normalizeProgress(doc) {
    var p = emptyProgress();
    if (!isPlainObject(doc) || doc.version !== PROGRESS_VERSION) return p;
    if (typeof doc.page === 'string') p.page = doc.page;
    if (Array.isArray(doc.seen)) p.seen = doc.seen.filter(function (s) { return typeof s === 'string'; });
    if (isPlainObject(doc.checks)) {
      Object.keys(doc.checks).forEach(function (k) {
        var c = doc.checks[k];
        if (isPlainObject(c) && typeof c.response === 'string') {
          p.checks[k] = { response: c.response, success: !!c.success };
        }
      });
    }
    if (isPlainObject(doc.scenarios)) {
      Object.keys(doc.scenarios).forEach(function (k) {
        var s = doc.scenarios[k];
        if (isPlainObject(s) && Array.isArray(s.path)) {
          p.scenarios[k] = {
            path: s.path.filter(function (step) {
              return isPlainObject(step) && typeof step.decision === 'string' && typeof step.choice === 'string';
            }).map(function (step) { return { decision: step.decision, choice: step.choice }; }),
            runs: Number.isInteger(s.runs) && s.runs > 0 ? s.runs : 1
          };
        }
      });
    }
    if (isPlainObject(doc.assessment)) {
      var a = doc.assessment;
      p.assessment.attempt = Number.isInteger(a.attempt) && a.attempt > 0 ? a.attempt : 1;
      p.assessment.answers = stringMap(a.answers);
      p.assessment.submitted = !!a.submitted;
      p.assessment.result = isPlainObject(a.result) ? clone(a.result) : null;
      p.assessment.attemptStartMs = typeof a.attemptStartMs === 'number' && a.attemptStartMs >= 0 ? a.attemptStartMs : 0;
      if (Array.isArray(a.draw) && a.draw.every(function (id) { return typeof id === 'string'; }) && isPlainObject(a.order)) {
        p.assessment.draw = a.draw.slice();
        p.assessment.order = {};
        Object.keys(a.order).forEach(function (k) {
          if (Array.isArray(a.order[k])) p.assessment.order[k] = a.order[k].filter(function (v) { return typeof v === 'string'; });
        });
      }
      if (Array.isArray(a.previousDraw)) {
        p.assessment.previousDraw = a.previousDraw.filter(function (id) { return typeof id === 'string'; });
      }
    }
    p.totalMs = typeof doc.totalMs === 'number' && isFinite(doc.totalMs) && doc.totalMs >= 0 ? doc.totalMs : 0;
    p.completedSent = !!doc.completedSent;
    p.passedSent = !!doc.passedSent;
    p.updated = typeof doc.updated === 'string' ? doc.updated : null;
    return p;
  }

  /** True when every page id in `pageIds` is in `seen`. */
  function allPagesSeen(pageIds, seen) {
    var set = {};
    (seen || []).forEach(function (s) { set[s] = true; });
    return pageIds.length > 0 && pageIds.every(function (id) { return set[id] === true; });
  }

  /**
   * Decide whether a "completed" statement should be sent now: a content AU is completed when every page
   * has been shown and every knowledge check answered (any answer), as the lessons' introductions say.
   */
  function shouldSendCompleted(opts) {
    return opts.auKind !== 'assessment' &&
      mayRecordJudgement(opts.launchMode) &&
      !opts.completedSent &&
      allPagesSeen(opts.pageIds, opts.seen) &&
      unansweredChecks(opts.checkIds, opts.checks).length === 0;
  }

  /**
   * Decide whether a passed/failed statement may be sent now.
   * cmi5 9.3: one of {passed, failed} per session; one passed per registration;
   * no failed after passed.
   */
  function mayJudge(opts) {
    return mayRecordJudgement(opts.launchMode) && !opts.passedSent && !opts.judgedThisSession;
  }

  return {
    XAPI_VERSION: XAPI_VERSION,
    VERBS: VERBS,
    IRI: IRI,
    STATE_IDS: STATE_IDS,
    AGENT_PROFILE_IDS: AGENT_PROFILE_IDS,
    PROGRESS_VERSION: PROGRESS_VERSION,
    uuid: uuid,
    parseLaunchParams: parseLaunchParams,
    xapiUrl: xapiUrl,
    interpretFetchResponse: interpretFetchResponse,
    parseMasteryScore: parseMasteryScore,
    normalizeLaunchData: normalizeLaunchData,
    resolveMasteryScore: resolveMasteryScore,
    mayRecordJudgement: mayRecordJudgement,
    formatDuration: formatDuration,
    parseDuration: parseDuration,
    scoreAssessment: scoreAssessment,
    judge: judge,
    buildContext: buildContext,
    initializedStatement: initializedStatement,
    completedStatement: completedStatement,
    judgementStatement: judgementStatement,
    terminatedStatement: terminatedStatement,
    answeredStatement: answeredStatement,
    interactionActivityId: interactionActivityId,
    emptyProgress: emptyProgress,
    normalizeProgress: normalizeProgress,
    allPagesSeen: allPagesSeen,
    shouldSendCompleted: shouldSendCompleted,
    unansweredChecks: unansweredChecks,
    sha256Hex: sha256Hex,
    sealAnswer: sealAnswer,
    answerMatches: answerMatches,
    shuffle: shuffle,
    planAttempt: planAttempt,
    planFits: planFits,
    mayJudge: mayJudge
  };
}));
