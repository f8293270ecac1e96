/*
 * Northwind Health Training - cmi5 runtime for "Answering the patient-relations phone line".
 *
 * One classic script (no modules, no build, no libraries). A lesson page loads this file and then
 * its own *.setup.js, which calls PhoneLineLesson.start({...}) with the lesson's titles, quiz key
 * and options. The pieces, from the wire up:
 *
 *   XapiChannel        XMLHttpRequest transport: the one-time token POST and the xAPI resources.
 *   StatementComposer  builds every statement from the LMS's contextTemplate.
 *   Cmi5Session        one AU session: launch, outbox of statements, session rules, exit.
 *   PhoneLineLesson    the page: status line, finish button, quiz, exit button.
 *
 * Written to cmi5 (quartz) sections 7 to 11. Nothing is logged to the console.
 */
'use strict';

const PL = Object.freeze({
  XAPI_VERSION: '1.0.3',
  CATEGORY_CMI5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  CATEGORY_MOVEON: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  EXT_MASTERY: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  LAUNCH_DATA: 'LMS.LaunchData',
  PREFERENCES: 'cmi5LearnerPreferences',
  RECORD_STATE: 'https://training.northwind-health.example/cmi5/state/phone-line-record',
  PAGE_TYPE: 'http://activitystrea.ms/schema/1.0/page',
  VERB: Object.freeze({
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
    experienced: 'http://adlnet.gov/expapi/verbs/experienced'
  }),
  LAUNCH_MODES: Object.freeze(['Normal', 'Browse', 'Review']),
  COURSE_TITLE: Object.freeze({
    'en-US': 'Answering the patient-relations phone line',
    es: 'Atender la línea telefónica de relaciones con pacientes'
  }),
  REQUEST_TIMEOUT_MS: 20000,
  RETRY_PAUSES_MS: Object.freeze([1000, 3000, 7000])
});

/** A problem the learner must be told about, in words a learner understands. */
class LessonProblem extends Error {
  constructor(kind, plainText) {
    super(plainText);
    this.name = 'LessonProblem';
    this.kind = kind;
  }
}

/** Random (version 4) UUID from the platform's random source; works outside secure contexts too. */
function makeUuid() {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Milliseconds as an ISO 8601 duration to the hundredth of a second: PT1H2M3.45S, PT0S. */
function isoDuration(ms) {
  const hundredths = Math.max(0, Math.round(Number(ms) / 10)) || 0;
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  let text = 'PT';
  if (hours) text += `${hours}H`;
  if (minutes) text += `${minutes}M`;
  if (seconds || (!hours && !minutes)) text += `${seconds}S`;
  return text;
}

/** The first language of a cmi5 languagePreference list that the lesson has text for, or null. */
function pickLanguage(preferenceList, available) {
  if (typeof preferenceList !== 'string') return null;
  const offered = Object.keys(available);
  for (const raw of preferenceList.split(',')) {
    const wanted = raw.trim().toLowerCase();
    if (!wanted) continue;
    const exact = offered.find((tag) => tag.toLowerCase() === wanted);
    if (exact) return exact;
    const primary = wanted.split('-')[0];
    const sameFamily = offered.find((tag) => tag.toLowerCase().split('-')[0] === primary);
    if (sameFamily) return sameFamily;
  }
  return null;
}

/**
 * The five cmi5 launch parameters (section 8.1) plus whatever the AU's own URL carried. Names are
 * looked up, so their order in the query string does not matter.
 */
class LaunchParameters {
  static fromSearch(search) {
    const query = new URLSearchParams(search || '');
    const found = {};
    const own = {};
    for (const [name, value] of query.entries()) {
      if (!LaunchParameters.NAMES.includes(name)) own[name] = value;
      else if (value !== '' && !(name in found)) found[name] = value;
    }
    return new LaunchParameters(found, own);
  }

  static get NAMES() {
    return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
  }

  constructor(found, own) {
    this.found = found;
    this.own = own;
  }

  /** No cmi5 parameter at all: the page was opened directly, for example by an author. */
  get isPreview() {
    return Object.keys(this.found).length === 0;
  }

  /** The parameters as the session needs them; a LessonProblem when any is missing or unreadable. */
  require() {
    const missing = LaunchParameters.NAMES.filter((name) => !(name in this.found));
    if (missing.length) {
      throw new LessonProblem('launch', 'This lesson was opened without everything it needs to record your progress '
        + `(missing: ${missing.join(', ')}). Please close it and start it again from your learning portal.`);
    }
    let actor;
    try {
      actor = JSON.parse(this.found.actor);
    } catch (e) {
      actor = null;
    }
    if (!actor || typeof actor !== 'object') {
      throw new LessonProblem('launch', 'This lesson could not tell who you are from the link that opened it. '
        + 'Please close it and start it again from your learning portal.');
    }
    return {
      endpoint: this.found.endpoint,
      fetchUrl: this.found.fetch,
      actorText: this.found.actor,
      actor,
      registration: this.found.registration,
      activityId: this.found.activityId
    };
  }
}

/** HTTP for the AU, on XMLHttpRequest. Responses resolve (status 0 = no answer); nothing rejects. */
class XapiChannel {
  constructor(endpoint) {
    this.base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    this.authToken = null;
  }

  static exchange(method, url, headers, body, timeoutMs) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.timeout = timeoutMs || PL.REQUEST_TIMEOUT_MS;
      for (const [name, value] of Object.entries(headers || {})) xhr.setRequestHeader(name, value);
      const settle = () => resolve({ status: xhr.status, text: xhr.responseText || '' });
      xhr.onload = settle;
      xhr.onerror = () => resolve({ status: 0, text: '' });
      xhr.ontimeout = () => resolve({ status: 0, text: '' });
      xhr.onabort = () => resolve({ status: 0, text: '' });
      xhr.send(body === undefined ? null : body);
    });
  }

  static parse(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return undefined;
    }
  }

  /** cmi5 8.2: POST (never GET) to the fetch URL, exactly once per session. */
  async obtainToken(fetchUrl) {
    if (this.authToken !== null) return this.authToken;
    const reply = await XapiChannel.exchange('POST', fetchUrl, {}, undefined);
    const body = reply.status === 0 ? undefined : XapiChannel.parse(reply.text);
    if (reply.status === 200 && body && typeof body['auth-token'] === 'string' && body['auth-token']) {
      this.authToken = body['auth-token'];
      return this.authToken;
    }
    if (body && body['error-code'] !== undefined) {
      const code = String(body['error-code']);
      const detail = typeof body['error-text'] === 'string' && body['error-text'] ? ` (${body['error-text']})` : '';
      const told = {
        1: 'This lesson link has already been used or has expired, so your progress cannot be recorded from this window. '
          + 'Close it and start the lesson again from your learning portal.',
        2: 'Your learning portal did not allow this lesson to record your progress (a security check failed). '
          + 'Close it and start the lesson again from your learning portal.',
        3: 'Your learning portal had a problem and cannot record your progress right now. '
          + 'Close this lesson and try again later.'
      }[code] || 'Your learning portal refused to let this lesson record your progress. Close it and start it again.';
      throw new LessonProblem(`fetch-error-${code}`, told + detail);
    }
    throw new LessonProblem('fetch', reply.status === 0
      ? 'This lesson could not reach your learning portal. Check your connection, then start the lesson again.'
      : `Your learning portal answered in a way this lesson does not understand (HTTP ${reply.status}). `
        + 'Your progress cannot be recorded from this window.');
  }

  xapiHeaders(withJsonBody) {
    const headers = { 'X-Experience-API-Version': PL.XAPI_VERSION, Authorization: `Basic ${this.authToken}` };
    if (withJsonBody) headers['Content-Type'] = 'application/json';
    return headers;
  }

  url(resource, params) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params || {})) query.append(name, value);
    const text = query.toString();
    return text ? `${this.base}${resource}?${text}` : `${this.base}${resource}`;
  }

  /** GET a state or profile document: {status, json}. */
  async readDocument(resource, params) {
    const reply = await XapiChannel.exchange('GET', this.url(resource, params), this.xapiHeaders(false));
    return { status: reply.status, json: reply.status === 200 ? XapiChannel.parse(reply.text) : undefined };
  }

  async writeDocument(resource, params, json) {
    const reply = await XapiChannel.exchange('PUT', this.url(resource, params), this.xapiHeaders(true),
      JSON.stringify(json));
    return reply.status;
  }

  async postStatement(statement) {
    const reply = await XapiChannel.exchange('POST', this.url('statements'), this.xapiHeaders(true),
      JSON.stringify(statement));
    return reply.status;
  }

  /** Last words while the page goes away: XMLHttpRequest cannot outlive the page, fetch keepalive can. */
  sendWhileLeaving(statements) {
    if (!statements.length || typeof fetch !== 'function') return;
    try {
      fetch(this.url('statements'), {
        method: 'POST', keepalive: true, credentials: 'omit',
        headers: this.xapiHeaders(true), body: JSON.stringify(statements)
      }).catch(() => undefined);
    } catch (e) {
      // the page is closing; there is nobody left to tell
    }
  }
}

/**
 * Statements for one session. Every statement starts as a copy of the LMS's contextTemplate; the
 * composer only ever adds to that copy (cmi5 10.2.1: never overwrite what the template says).
 */
class StatementComposer {
  constructor({ actor, activityId, registration, contextTemplate, lmsMasteryScore }) {
    this.actor = actor;
    this.activityId = activityId;
    this.registration = registration;
    this.template = JSON.stringify(contextTemplate || {});
    this.lmsMasteryScore = lmsMasteryScore;
  }

  context({ categories = [], parent = null, masteryScore = false } = {}) {
    const context = JSON.parse(this.template);
    if (context.registration === undefined) context.registration = this.registration;
    const activities = context.contextActivities = context.contextActivities || {};
    const asList = (key) => {
      const value = activities[key];
      activities[key] = value === undefined ? [] : (Array.isArray(value) ? value : [value]);
      return activities[key];
    };
    for (const id of categories) {
      const list = asList('category');
      if (!list.some((activity) => activity && activity.id === id)) list.push({ objectType: 'Activity', id });
    }
    if (parent) {
      const list = asList('parent');
      if (!list.some((activity) => activity && activity.id === parent)) list.push({ objectType: 'Activity', id: parent });
    }
    for (const key of Object.keys(activities)) {
      if (Array.isArray(activities[key]) && !activities[key].length) delete activities[key];
    }
    if (!Object.keys(activities).length) delete context.contextActivities;
    if (masteryScore && typeof this.lmsMasteryScore === 'number') {
      context.extensions = context.extensions || {};
      if (context.extensions[PL.EXT_MASTERY] === undefined) context.extensions[PL.EXT_MASTERY] = this.lmsMasteryScore;
    }
    return context;
  }

  envelope(verb, object, context, result) {
    const statement = {
      id: makeUuid(),
      timestamp: new Date().toISOString(),
      actor: this.actor,
      verb: { id: PL.VERB[verb], display: { 'en-US': verb } },
      object,
      context
    };
    if (result) statement.result = result;
    return statement;
  }

  /** A "cmi5 defined" statement: the AU itself as object, the cmi5 category, moveon when judged. */
  defined(verb, result, { moveOn = false, masteryScore = false } = {}) {
    const categories = moveOn ? [PL.CATEGORY_CMI5, PL.CATEGORY_MOVEON] : [PL.CATEGORY_CMI5];
    return this.envelope(verb, { objectType: 'Activity', id: this.activityId },
      this.context({ categories, masteryScore }), result);
  }

  initialized() {
    return this.defined('initialized');
  }

  completed(ms) {
    return this.defined('completed', { completion: true, duration: isoDuration(ms) }, { moveOn: true });
  }

  judged(passed, score, ms) {
    return this.defined(passed ? 'passed' : 'failed',
      { score, success: passed, duration: isoDuration(ms) }, { moveOn: true, masteryScore: true });
  }

  terminated(ms) {
    return this.defined('terminated', { duration: isoDuration(ms) });
  }

  /** A "cmi5 allowed" statement: the template's context, no cmi5 category, the AU as parent. */
  experiencedPage(pageKey, pageName) {
    const object = {
      objectType: 'Activity',
      id: `${this.activityId}/page/${encodeURIComponent(pageKey)}`,
      definition: { type: PL.PAGE_TYPE, name: { 'en-US': pageName } }
    };
    return this.envelope('experienced', object, this.context({ parent: this.activityId }));
  }
}

/**
 * One AU session (launch to terminated). The outbox keeps statements in the order they were made
 * and sends them one at a time; "terminated" is the last thing ever put into it.
 */
class Cmi5Session {
  constructor(params, { fallbackMasteryScore = null, onNotice = () => undefined } = {}) {
    this.params = params;
    this.channel = new XapiChannel(params.endpoint);
    this.fallbackMasteryScore = fallbackMasteryScore;
    this.notice = onNotice;
    this.outbox = [];
    this.refusedIds = new Set();
    this.draining = null;
    this.launch = null;
    this.composer = null;
    this.preferences = {};
    this.record = {};
    this.startedAt = 0;
    this.completionQueued = false;
    this.judgedThisSession = false;
    this.terminating = false;
    this.closed = false;
  }

  get agentParams() {
    return { activityId: this.params.activityId, agent: this.params.actorText, registration: this.params.registration };
  }

  /** Token, LMS.LaunchData, learner preferences, own record; then initialized and the allowed page statement. */
  async open(page) {
    await this.channel.obtainToken(this.params.fetchUrl);

    const launchData = await this.channel.readDocument('activities/state',
      Object.assign({ stateId: PL.LAUNCH_DATA }, this.agentParams));
    const data = launchData.json;
    if (launchData.status !== 200 || !data || typeof data !== 'object' || !data.contextTemplate
      || typeof data.contextTemplate !== 'object') {
      throw new LessonProblem('launch-data', launchData.status === 0
        ? 'This lesson could not reach your learning portal to start recording. Check your connection and start it again.'
        : 'Your learning portal did not give this lesson its launch details, so your progress cannot be recorded. '
          + 'Close it and start it again from your learning portal.');
    }
    const mastery = data.masteryScore === undefined || data.masteryScore === null ? null : Number(data.masteryScore);
    this.launch = {
      mode: PL.LAUNCH_MODES.includes(data.launchMode) ? data.launchMode : null,
      modeAsSent: data.launchMode,
      moveOn: typeof data.moveOn === 'string' ? data.moveOn : null,
      masteryScore: Number.isFinite(mastery) ? mastery : null,
      returnURL: typeof data.returnURL === 'string' && data.returnURL ? data.returnURL : null,
      launchParameters: typeof data.launchParameters === 'string' ? data.launchParameters : null,
      entitlementKey: data.entitlementKey && typeof data.entitlementKey === 'object' ? data.entitlementKey : null
    };
    this.composer = new StatementComposer({
      actor: this.params.actor, activityId: this.params.activityId, registration: this.params.registration,
      contextTemplate: data.contextTemplate, lmsMasteryScore: this.launch.masteryScore
    });

    const prefs = await this.channel.readDocument('agents/profile',
      { agent: this.params.actorText, profileId: PL.PREFERENCES });
    this.preferences = prefs.status === 200 && prefs.json && typeof prefs.json === 'object' ? prefs.json : {};

    if (this.recordsSatisfaction) {
      const own = await this.channel.readDocument('activities/state',
        Object.assign({ stateId: PL.RECORD_STATE }, this.agentParams));
      this.record = own.status === 200 && own.json && typeof own.json === 'object' ? own.json : {};
    }

    this.startedAt = Date.now();
    this.queue(this.composer.initialized());
    this.queue(this.composer.experiencedPage(page.key, page.name));
    await this.drain();
  }

  /** Normal mode only: Browse and Review must not send completed, passed or failed (cmi5 10.2.2). */
  get recordsSatisfaction() {
    return Boolean(this.launch) && this.launch.mode === 'Normal';
  }

  get masteryScore() {
    if (this.launch && this.launch.masteryScore !== null) return this.launch.masteryScore;
    return this.fallbackMasteryScore;
  }

  /** Whether the LMS's moveOn (which may differ from cmi5.xml) counts completion. */
  get moveOnCountsCompletion() {
    return Boolean(this.launch) && ['Completed', 'CompletedAndPassed', 'CompletedOrPassed'].includes(this.launch.moveOn);
  }

  get alreadyCompleted() {
    return Boolean(this.record.completedAt);
  }

  get alreadyPassed() {
    return Boolean(this.record.passedAt);
  }

  /** Sends completed once per registration. Returns 'sent', 'refused', 'not-recorded' or 'already'. */
  async complete() {
    if (!this.recordsSatisfaction) return 'not-recorded';
    if (!this.completionQueued) {
      if (this.alreadyCompleted) return 'already';
      this.completionQueued = this.composer.completed(Date.now() - this.startedAt);
      this.queue(this.completionQueued);
    }
    await this.drain();
    if (this.refusedIds.has(this.completionQueued.id)) return 'refused';
    if (!this.record.completedAt) {
      this.record.completedAt = this.completionQueued.timestamp;
      await this.saveRecord();
    }
    return 'sent';
  }

  /**
   * Judges a score against the mastery score and sends passed or failed: one of them per session,
   * passed at most once per registration, never failed after passed.
   */
  async judge(raw, max, attemptMs) {
    const scaled = max > 0 ? raw / max : 0;
    const mastery = this.masteryScore;
    const passed = mastery === null ? true : scaled >= mastery;
    const outcome = { raw, max, scaled, passed, mastery, recorded: false, reason: null };
    if (!this.recordsSatisfaction) {
      outcome.reason = 'not-recorded';
      return outcome;
    }
    if (this.judgedThisSession) {
      outcome.reason = 'once-per-session';
      return outcome;
    }
    if (this.alreadyPassed) {
      outcome.reason = 'already-passed';
      return outcome;
    }
    this.judgedThisSession = true;
    const statement = this.composer.judged(passed, { scaled, raw, min: 0, max }, attemptMs);
    this.queue(statement);
    await this.drain();
    if (this.refusedIds.has(statement.id)) {
      outcome.reason = 'refused';
      return outcome;
    }
    if (passed) this.record.passedAt = statement.timestamp;
    this.record.lastScaled = scaled;
    outcome.recorded = true;
    await this.saveRecord();
    return outcome;
  }

  /** Ends the session: everything still queued goes first, then terminated. Safe to call again after a failure. */
  async close() {
    if (this.closed) return;
    if (!this.terminating) {
      await this.drain();
      this.terminating = true;
      this.outbox.push({ statement: this.composer.terminated(Date.now() - this.startedAt), inFlight: false });
    }
    await this.drain();
    this.closed = true;
  }

  /**
   * The page is going away without Exit: what is still waiting, then terminated, in one keepalive request.
   * A statement already on the wire is left to its own request rather than sent twice.
   */
  abandonPage() {
    if (this.closed || !this.composer) return;
    this.closed = true;
    const leftovers = this.outbox.filter((entry) => !entry.inFlight).map((entry) => entry.statement);
    this.outbox = [];
    if (!this.terminating) {
      this.terminating = true;
      leftovers.push(this.composer.terminated(Date.now() - this.startedAt));
    }
    this.channel.sendWhileLeaving(leftovers);
  }

  /** Nothing joins the outbox once terminated is in it (cmi5 7.1.2: terminated is the last statement). */
  queue(statement) {
    if (this.terminating) return;
    this.outbox.push({ statement, inFlight: false });
  }

  /** Sends the outbox in order. Rejects with a LessonProblem if the LMS cannot be reached. */
  drain() {
    if (!this.draining) {
      this.draining = this.sendAll().finally(() => {
        this.draining = null;
      });
    }
    return this.draining;
  }

  async sendAll() {
    while (this.outbox.length && !this.closed) {
      const entry = this.outbox[0];
      const { statement } = entry;
      entry.inFlight = true;
      let status = await this.channel.postStatement(statement);
      for (const pause of PL.RETRY_PAUSES_MS) {
        if (!Cmi5Session.worthRetrying(status)) break;
        entry.inFlight = false;
        await new Promise((wake) => setTimeout(wake, pause));
        if (this.closed) return;
        entry.inFlight = true;
        status = await this.channel.postStatement(statement);
      }
      entry.inFlight = false;
      if (Cmi5Session.worthRetrying(status)) {
        throw new LessonProblem('offline', 'Your progress could not be sent to your learning portal. '
          + 'Check your connection; nothing is lost while this window stays open. Then try again.');
      }
      this.outbox.shift();
      if (status >= 400 && status !== 409) {
        // 409: a statement with this id is already stored (an earlier try got through).
        this.refusedIds.add(statement.id);
        this.notice(`Your learning portal did not accept part of this lesson's record (HTTP ${status}: `
          + `"${statement.verb.display['en-US']}"). You can carry on; ask your training team if your progress looks wrong.`);
      }
    }
  }

  static worthRetrying(status) {
    return status === 0 || status === 408 || status === 429 || status >= 500;
  }

  /**
   * Remembers, per registration, what the LMS accepted, so that a relaunch does not send a second completed
   * or passed (cmi5 9.3). A failed write is not the learner's problem: the statements are what count.
   */
  async saveRecord() {
    if (!this.recordsSatisfaction) return;
    await this.channel.writeDocument('activities/state',
      Object.assign({ stateId: PL.RECORD_STATE }, this.agentParams), this.record);
  }
}

/**
 * The page. Knows the lesson's hooks by id (see README.md): #pl-title, #pl-course, #pl-status,
 * #pl-message, #pl-mode, #pl-goal, #pl-launch-params, #pl-entitlement, #pl-finish, #pl-quiz,
 * #pl-submit, #pl-result, #pl-exit, #pl-leave.
 */
class PhoneLineLesson {
  static start(config) {
    const lesson = new PhoneLineLesson(config, globalThis.document, globalThis.window);
    if (lesson.doc.readyState === 'loading') {
      lesson.doc.addEventListener('DOMContentLoaded', () => lesson.run());
    } else {
      lesson.run();
    }
    return lesson;
  }

  constructor(config, doc, win) {
    this.config = config;
    this.doc = doc;
    this.win = win;
    this.session = null;
    this.quizStartedAt = null;
    this.submitted = false;
    this.leaving = false;
  }

  el(id) {
    return this.doc.getElementById(id);
  }

  setStatus(state, text) {
    const status = this.el('pl-status');
    if (!status) return;
    status.dataset.state = state;
    status.textContent = text;
  }

  tell(text) {
    const box = this.el('pl-message');
    if (!box) return;
    const p = this.doc.createElement('p');
    p.textContent = text;
    box.appendChild(p);
  }

  enable(ids, on) {
    for (const id of ids) {
      const button = this.el(id);
      if (button) button.disabled = !on;
    }
  }

  async run() {
    const params = LaunchParameters.fromSearch(this.win.location.search);
    this.doc.body.dataset.plFramed = String(this.win.self !== this.win.top);
    this.bindControls();
    this.showTitles(null, params.own.lang);
    this.showLaunchParameters(null);

    if (params.isPreview) {
      this.setStatus('preview', 'Not recorded');
      this.tell('This lesson was opened outside a learning portal. You can read it and try the questions, '
        + 'but nothing is recorded.');
      this.enable(['pl-finish', 'pl-submit', 'pl-exit'], true);
      return;
    }

    this.setStatus('connecting', 'Connecting');
    this.enable(['pl-finish', 'pl-submit', 'pl-exit'], false);
    try {
      const launch = params.require();
      this.session = new Cmi5Session(launch, {
        fallbackMasteryScore: this.config.quiz ? this.config.quiz.masteryScore : null,
        onNotice: (text) => this.tell(text)
      });
      this.win.addEventListener('pagehide', () => {
        if (this.session) this.session.abandonPage();
      });
      await this.session.open(this.config.page);
      this.afterOpen(params);
      this.setStatus('ready', 'Ready');
    } catch (problem) {
      this.fail(problem);
      if (this.session && !this.session.composer) this.session = null;
    }
    this.enable(['pl-finish', 'pl-submit', 'pl-exit'], true);
  }

  afterOpen(params) {
    const launch = this.session.launch;
    const mode = this.el('pl-mode');
    if (mode) mode.textContent = launch.mode || `${launch.modeAsSent} (unknown)`;
    if (!launch.mode) {
      this.tell('Your learning portal opened this lesson in a mode it does not know, so your results will not be recorded.');
    } else if (launch.mode !== 'Normal') {
      this.tell(`This is a ${launch.mode} launch: you can go through everything, but completion and quiz results `
        + 'are not recorded.');
    }
    this.showTitles(pickLanguage(this.session.preferences.languagePreference, this.config.titles), params.own.lang);
    this.showLaunchParameters(launch.launchParameters);
    this.showGoal(launch.moveOn);
    this.checkEntitlement(launch.entitlementKey);
    const mastery = this.el('pl-mastery');
    if (mastery && this.session.masteryScore !== null) mastery.textContent = `${Math.round(this.session.masteryScore * 100)}%`;
    if (this.config.finish && this.session.alreadyCompleted) {
      this.tell('You have already finished this lesson; it stays open for you to reread.');
    }
    if (this.config.quiz && this.session.alreadyPassed) {
      this.tell('You have already passed this check. You can answer again for practice; the new score is not recorded.');
    }
  }

  /** Learner preference first (cmi5 11.1), then the lang parameter of the AU's own URL, then en-US. */
  showTitles(preferred, urlLang) {
    const titles = this.config.titles;
    const lang = preferred || pickLanguage(urlLang || '', titles) || 'en-US';
    const title = this.el('pl-title');
    if (title) {
      title.textContent = titles[lang];
      title.lang = lang;
    }
    const course = this.el('pl-course');
    const courseLang = pickLanguage(lang, PL.COURSE_TITLE) || 'en-US';
    if (course) {
      course.textContent = PL.COURSE_TITLE[courseLang];
      course.lang = courseLang;
    }
    this.doc.title = `${titles[lang]} - ${PL.COURSE_TITLE[courseLang]}`;
  }

  /** cmi5 10.2.3: the launch parameters the LMS passed; JSON keys fill [data-pl-param] slots. */
  showLaunchParameters(text) {
    const shown = this.el('pl-launch-params');
    if (shown) shown.textContent = text === null ? '(none)' : text;
    if (text === null) return;
    let values = null;
    try {
      values = JSON.parse(text);
    } catch (e) {
      values = null;
    }
    if (!values || typeof values !== 'object') return;
    for (const slot of this.doc.querySelectorAll('[data-pl-param]')) {
      const value = values[slot.dataset.plParam];
      if (typeof value === 'string' || typeof value === 'number') slot.textContent = String(value);
    }
  }

  showGoal(moveOn) {
    const goal = this.el('pl-goal');
    if (!goal) return;
    goal.dataset.moveOn = moveOn || '';
    goal.textContent = {
      Completed: 'To get credit, finish the lesson.',
      Passed: 'To get credit, pass the check.',
      CompletedAndPassed: 'To get credit, finish the lesson and pass the check.',
      CompletedOrPassed: 'To get credit, finish the lesson or pass the check.',
      NotApplicable: 'No action is needed for credit.'
    }[moveOn] || 'Your learning portal did not say what earns credit.';
  }

  checkEntitlement(key) {
    const shown = this.el('pl-entitlement');
    if (!shown || !this.config.entitlementKey) return;
    const granted = Boolean(key) && key.courseStructure === this.config.entitlementKey;
    shown.dataset.licensed = String(granted);
    shown.textContent = granted ? 'Licensed' : 'Licence not confirmed';
    if (!granted) {
      this.tell('Your learning portal did not confirm a licence for this lesson. You can still take it; '
        + 'please let your training team know.');
    }
  }

  bindControls() {
    const finish = this.el('pl-finish');
    if (finish) finish.addEventListener('click', () => this.finish());
    const quiz = this.el('pl-quiz');
    if (quiz) {
      quiz.addEventListener('change', () => {
        if (this.quizStartedAt === null) this.quizStartedAt = Date.now();
      });
      quiz.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submitQuiz();
      });
    }
    const exit = this.el('pl-exit');
    if (exit) exit.addEventListener('click', () => this.exit());
  }

  fail(problem) {
    this.setStatus('error', 'Problem');
    this.tell(problem instanceof LessonProblem ? problem.message
      : 'Something went wrong in this lesson, and your progress may not be recorded. Please start it again.');
  }

  async finish() {
    const finish = this.el('pl-finish');
    if (!this.session || !this.session.composer) {
      this.tell('Thank you for reading this lesson. Nothing was recorded.');
      return;
    }
    finish.disabled = true;
    this.setStatus('saving', 'Saving');
    try {
      const outcome = await this.session.complete();
      if (outcome === 'sent') {
        finish.textContent = 'Lesson finished';
        this.setStatus('saved', 'Saved');
      } else if (outcome === 'refused') {
        this.setStatus('ready', 'Ready');
      } else {
        this.setStatus('ready', 'Ready');
        finish.textContent = 'Lesson finished';
        this.tell(outcome === 'already' ? 'You had already finished this lesson, so nothing new was recorded.'
          : 'Lesson finished. Nothing was recorded because this is not a Normal launch.');
      }
    } catch (problem) {
      finish.disabled = false;
      this.fail(problem);
    }
  }

  async submitQuiz() {
    if (this.submitted) return;
    const { answers, explanations } = this.config.quiz;
    const form = this.el('pl-quiz');
    const chosen = {};
    const unanswered = [];
    for (const name of Object.keys(answers)) {
      const picked = form.querySelector(`input[name="${name}"]:checked`);
      if (picked) chosen[name] = picked.value; else unanswered.push(name);
    }
    const result = this.el('pl-result');
    if (unanswered.length) {
      result.dataset.outcome = 'incomplete';
      result.textContent = `Please answer every question first (unanswered: ${unanswered
        .map((n) => n.replace('q', 'question ')).join(', ')}).`;
      result.focus();
      return;
    }
    this.submitted = true;
    for (const input of form.querySelectorAll('input')) input.disabled = true;
    this.el('pl-submit').disabled = true;

    const raw = Object.keys(answers).filter((name) => chosen[name] === answers[name]).length;
    const max = Object.keys(answers).length;
    this.explain(form, chosen, answers, explanations || {});

    let outcome;
    if (this.session && this.session.composer) {
      this.setStatus('saving', 'Saving');
      try {
        if (this.config.completeOnSubmit && this.session.moveOnCountsCompletion) await this.session.complete();
        const attemptMs = Date.now() - (this.quizStartedAt === null ? this.session.startedAt : this.quizStartedAt);
        outcome = await this.session.judge(raw, max, attemptMs);
        this.setStatus(outcome.recorded ? 'saved' : 'ready', outcome.recorded ? 'Saved' : 'Ready');
      } catch (problem) {
        this.fail(problem);
        outcome = { raw, max, scaled: raw / max, passed: false, mastery: null, recorded: false, reason: 'error' };
      }
    } else {
      const mastery = this.config.quiz.masteryScore;
      outcome = { raw, max, scaled: raw / max, passed: raw / max >= mastery, mastery, recorded: false, reason: 'preview' };
    }
    this.showOutcome(outcome);
  }

  explain(form, chosen, answers, explanations) {
    for (const name of Object.keys(answers)) {
      const set = form.querySelector(`fieldset[data-pl-question="${name}"]`);
      if (!set) continue;
      const right = chosen[name] === answers[name];
      const best = set.querySelector(`input[value="${answers[name]}"]`);
      const bestText = best && best.closest('label') ? best.closest('label').textContent.trim() : answers[name];
      const note = this.doc.createElement('p');
      note.className = right ? 'pl-verdict pl-verdict-right' : 'pl-verdict pl-verdict-wrong';
      note.textContent = (right ? 'Correct. ' : `Not the best answer. The best answer is: ${bestText}. `)
        + (explanations[name] || '');
      set.appendChild(note);
    }
  }

  showOutcome(outcome) {
    const result = this.el('pl-result');
    const percent = Math.round(outcome.scaled * 100);
    let text = `You scored ${outcome.raw} out of ${outcome.max} (${percent}%). `;
    if (outcome.recorded) {
      result.dataset.outcome = outcome.passed ? 'passed' : 'failed';
      text += outcome.passed ? 'You passed.'
        : 'You did not reach the pass mark this time. To try again, exit and start the lesson again from your learning portal.';
    } else {
      result.dataset.outcome = 'not-recorded';
      text += {
        'not-recorded': 'This is not a Normal launch, so the score is not recorded.',
        'already-passed': 'You had already passed, so this score is for practice only.',
        'once-per-session': 'Only the first attempt of a visit is recorded.',
        preview: 'Nothing is recorded outside a learning portal.',
        refused: 'Your learning portal did not accept this score.',
        error: 'The score could not be recorded.'
      }[outcome.reason] || '';
    }
    result.textContent = text;
    result.focus();
  }

  async exit() {
    if (this.leaving) return;
    this.leaving = true;
    const exit = this.el('pl-exit');
    this.enable(['pl-finish', 'pl-submit', 'pl-exit'], false);
    const returnURL = this.session && this.session.launch ? this.session.launch.returnURL : null;
    if (this.session && this.session.composer) {
      this.setStatus('saving', 'Saving');
      try {
        await this.session.close();
      } catch (problem) {
        this.fail(problem);
        this.offerLeave(returnURL);
        this.leaving = false;
        exit.disabled = false;
        return;
      }
      this.setStatus('ended', 'Finished');
    }
    this.goTo(returnURL);
  }

  /** cmi5 10.2.6: this window (or frame) goes to returnURL. Without one, close a window the portal opened. */
  goTo(returnURL) {
    if (returnURL) {
      this.win.location.assign(returnURL);
      return;
    }
    if (this.win.opener) this.win.close();
    this.tell('You have left the lesson. You can close this window now.');
  }

  offerLeave(returnURL) {
    const leave = this.el('pl-leave');
    if (!leave || !returnURL) return;
    leave.href = returnURL;
    leave.hidden = false;
  }
}
