/*
 * CareLearn course runtime: LMS communication.
 *
 *   LmsClient  - thin xAPI/cmi5 HTTP client (fetch URL, State API, Agent Profile
 *                API, Statement API). Knows nothing about pages or the DOM.
 *   Tracker    - one cmi5 AU session: start (fetch token once, read
 *                LMS.LaunchData, send "initialized"), an ordered statement queue
 *                with retry, coalesced progress-state saves, and a clean
 *                "terminated" at the end.
 *
 * Browser: classic script defining window.CareLearnLms. Requires carelearn-core.js.
 * Never writes to the console; problems are reported through onStatus().
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module && module.exports) {
    module.exports = factory(require('./carelearn-core.js'));
  } else {
    root.CareLearnLms = factory(root.CareLearnCore);
  }
}(typeof self !== 'undefined' ? self : this, function (Core) {
  'use strict';

  var REQUEST_TIMEOUT_MS = 15000;
  var RETRY_DELAYS_MS = [2000, 5000, 10000, 20000, 30000, 60000];
  var SESSION_KEY_PREFIX = 'carelearn.cmi5.session:';

  /** Error with enough information to decide whether to retry. */
  function LmsError(message, status, retryable) {
    var err = new Error(message);
    err.name = 'LmsError';
    err.status = status || 0;
    err.retryable = !!retryable;
    return err;
  }

  function isRetryableStatus(status) {
    return status === 0 || status === 408 || status === 429 || status >= 500;
  }

  /* ------------------------------------------------------------------ */
  /* LmsClient                                                           */
  /* ------------------------------------------------------------------ */

  function LmsClient(params, options) {
    var opts = options || {};
    this.params = params;
    this.fetchImpl = opts.fetchImpl || (typeof fetch === 'function' ? fetch.bind(typeof self !== 'undefined' ? self : undefined) : null);
    this.timeoutMs = opts.timeoutMs || REQUEST_TIMEOUT_MS;
    this.token = opts.token || null;
    this.fetchUsed = false;
  }

  LmsClient.prototype._request = function (method, url, init) {
    var self = this;
    var options = init || {};
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = null;
    var headers = Object.assign({ 'X-Experience-API-Version': Core.XAPI_VERSION }, options.headers || {});
    if (options.auth !== false) {
      headers.Authorization = 'Basic ' + self.token;
    }
    var req = { method: method, headers: headers, cache: 'no-store', credentials: 'omit' };
    if (options.body !== undefined) {
      req.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      if (!headers['Content-Type']) headers['Content-Type'] = 'application/json';
    }
    if (options.keepalive) req.keepalive = true;
    if (controller && !options.keepalive) {
      req.signal = controller.signal;
      timer = setTimeout(function () { controller.abort(); }, self.timeoutMs);
    }
    return Promise.resolve()
      .then(function () { return self.fetchImpl(url, req); })
      .then(function (res) {
        if (timer) clearTimeout(timer);
        return res;
      }, function () {
        if (timer) clearTimeout(timer);
        throw LmsError('network', 0, true);
      });
  };

  /**
   * POST to the fetch URL (exactly once per launch) and keep the auth token.
   * Rejects with LmsError; status 'fetch-error' carries the cmi5 error-code.
   */
  LmsClient.prototype.fetchToken = function () {
    var self = this;
    if (self.token) return Promise.resolve(self.token);
    if (self.fetchUsed) return Promise.reject(LmsError('fetch URL already used', 0, false));
    self.fetchUsed = true;
    return self._request('POST', self.params.fetch, { auth: false, headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw LmsError('fetch failed', res.status, false);
        return res.json().catch(function () { return null; });
      })
      .then(function (body) {
        var outcome = Core.interpretFetchResponse(body);
        if (outcome.token) {
          self.token = outcome.token;
          return self.token;
        }
        var err = LmsError('fetch error ' + outcome.errorCode, 200, false);
        err.fetchErrorCode = outcome.errorCode;
        throw err;
      }, function (err) {
        /* Network failure: the one-time URL may or may not have been consumed,
           so it is not retried. */
        if (err && err.name === 'LmsError') throw LmsError(err.message, err.status, false);
        throw err;
      });
  };

  LmsClient.prototype._stateParams = function (stateId, activityId) {
    return {
      activityId: activityId || this.params.activityId,
      agent: this.params.actor,
      registration: this.params.registration,
      stateId: stateId
    };
  };

  /** GET a JSON document; resolves null on 404. */
  LmsClient.prototype._getJson = function (url) {
    return this._request('GET', url, { headers: { Accept: 'application/json' } }).then(function (res) {
      if (res.status === 404) return null;
      if (!res.ok) throw LmsError('GET failed', res.status, isRetryableStatus(res.status));
      return res.text().then(function (text) {
        if (!text) return null;
        try { return JSON.parse(text); } catch (e) { return null; }
      });
    });
  };

  LmsClient.prototype.getState = function (stateId) {
    return this._getJson(Core.xapiUrl(this.params.endpoint, 'activities/state', this._stateParams(stateId)));
  };

  LmsClient.prototype.putState = function (stateId, doc, keepalive) {
    var url = Core.xapiUrl(this.params.endpoint, 'activities/state', this._stateParams(stateId));
    return this._request('PUT', url, { body: doc, keepalive: !!keepalive }).then(function (res) {
      if (!res.ok) throw LmsError('PUT state failed', res.status, isRetryableStatus(res.status));
    });
  };

  LmsClient.prototype.getAgentProfile = function (profileId) {
    return this._getJson(Core.xapiUrl(this.params.endpoint, 'agents/profile', {
      agent: this.params.actor,
      profileId: profileId
    }));
  };

  /** POST one statement. `isRetry`: a 409 then means the LRS already stored this id. */
  LmsClient.prototype.sendStatement = function (statement, keepalive, isRetry) {
    var url = Core.xapiUrl(this.params.endpoint, 'statements');
    return this._request('POST', url, { body: statement, keepalive: !!keepalive }).then(function (res) {
      if (res.ok || (res.status === 409 && isRetry)) return;
      throw LmsError('POST statement failed', res.status, isRetryableStatus(res.status));
    });
  };

  /* ------------------------------------------------------------------ */
  /* Per-launch memory in sessionStorage (survives a page reload)        */
  /* ------------------------------------------------------------------ */

  function sessionStore() {
    try {
      if (typeof sessionStorage !== 'undefined') return sessionStorage;
    } catch (e) { /* storage blocked */ }
    return null;
  }

  function readLaunchMemory(fetchUrl) {
    var store = sessionStore();
    if (!store) return null;
    try {
      var raw = store.getItem(SESSION_KEY_PREFIX + fetchUrl);
      return raw ? JSON.parse(raw) : null;
    } catch (e) { return null; }
  }

  function writeLaunchMemory(fetchUrl, memory) {
    var store = sessionStore();
    if (!store) return;
    try { store.setItem(SESSION_KEY_PREFIX + fetchUrl, JSON.stringify(memory)); } catch (e) { /* ignore */ }
  }

  /* ------------------------------------------------------------------ */
  /* Tracker                                                             */
  /* ------------------------------------------------------------------ */

  /**
   * @param {object} params   parsed launch params (Core.parseLaunchParams().params)
   * @param {object} options  {onStatus(kind, detail), now(), fetchImpl, setTimeout}
   *
   * onStatus kinds: 'connecting', 'ready', 'offline', 'online', 'ended', 'fatal'
   */
  function Tracker(params, options) {
    var opts = options || {};
    this.params = params;
    this.onStatus = opts.onStatus || function () {};
    this.now = opts.now || function () { return Date.now(); };
    this.schedule = opts.setTimeout || function (fn, ms) { return setTimeout(fn, ms); };
    this.memory = readLaunchMemory(params.fetch) || {};
    this.client = new LmsClient(params, { fetchImpl: opts.fetchImpl, token: this.memory.token || null });
    this.launch = null;              /* normalised LMS.LaunchData */
    this.session = null;             /* {actor, registration, activityId, contextTemplate} */
    this.learnerPreferences = null;
    this.sessionStartMs = null;
    this.queue = [];                 /* pending statements, in order */
    this.sending = false;
    this.retryIndex = 0;
    this.retryTimer = null;
    this.offline = false;
    this.closed = false;             /* terminated queued: no more statements */
    this.ended = false;              /* terminated delivered */
    this.pendingState = null;        /* latest progress doc not yet stored */
    this.savingState = false;
    this.waiters = [];
  }

  Tracker.prototype._remember = function () {
    writeLaunchMemory(this.params.fetch, this.memory);
  };

  /**
   * Start the AU session. Resolves {launch, progressDoc, preferences}.
   * Rejects with an LmsError whose `.reason` is one of
   * 'unreachable' | 'expired' | 'ended' | 'launchdata'.
   */
  Tracker.prototype.start = function () {
    var self = this;
    self.onStatus('connecting');
    if (self.memory.terminated) {
      var ended = LmsError('session already terminated', 0, false);
      ended.reason = 'ended';
      return Promise.reject(ended);
    }
    return self.client.fetchToken()
      .then(function (token) {
        self.memory.token = token;
        self._remember();
        return self.client.getState(Core.STATE_IDS.launchData);
      }, function (err) {
        err.reason = err.fetchErrorCode === '1' ? 'expired' : 'unreachable';
        throw err;
      })
      .then(function (doc) {
        try {
          self.launch = Core.normalizeLaunchData(doc);
        } catch (e) {
          var bad = LmsError('launch data unusable', 0, false);
          bad.reason = 'launchdata';
          throw bad;
        }
        self.session = {
          actor: self.params.actor,
          registration: self.params.registration,
          activityId: self.params.activityId,
          contextTemplate: self.launch.contextTemplate
        };
        /* Optional learner preferences and our own progress document. */
        return Promise.all([
          self.client.getAgentProfile(Core.AGENT_PROFILE_IDS.learnerPreferences).catch(function () { return null; }),
          self.client.getState(Core.STATE_IDS.progress)
        ]);
      })
      .then(function (results) {
        self.learnerPreferences = results[0];
        if (self.memory.initialized && typeof self.memory.sessionStartMs === 'number') {
          /* Page reloaded inside the same launch: initialized was already sent. */
          self.sessionStartMs = self.memory.sessionStartMs;
        } else {
          self.sessionStartMs = self.now();
          self.memory.initialized = true;
          self.memory.sessionStartMs = self.sessionStartMs;
          self._remember();
          self._enqueue(Core.initializedStatement(self.session, self.sessionStartMs));
        }
        self.onStatus('ready');
        return { launch: self.launch, progressDoc: results[1], preferences: self.learnerPreferences };
      })
      .catch(function (err) {
        if (!err.reason) err.reason = 'unreachable';
        throw err;
      });
  };

  Tracker.prototype.sessionElapsedMs = function () {
    return this.sessionStartMs === null ? 0 : Math.max(0, this.now() - this.sessionStartMs);
  };

  /* ---- statements ---- */

  Tracker.prototype._enqueue = function (statement) {
    if (this.closed) return false;
    this.queue.push({ statement: statement, retried: false });
    this._pump();
    return true;
  };

  Tracker.prototype.sendAnswered = function (interaction, response, success) {
    if (!this.session) return false;
    return this._enqueue(Core.answeredStatement(this.session, interaction, response, success, this.now()));
  };

  Tracker.prototype.sendCompleted = function (durationMs) {
    if (!this.session || !Core.mayRecordJudgement(this.launch.launchMode)) return false;
    return this._enqueue(Core.completedStatement(this.session, durationMs, this.now()));
  };

  /** lmsMasteryScore: only the LaunchData value (for the masteryscore extension). */
  Tracker.prototype.sendJudgement = function (passed, score, durationMs, lmsMasteryScore) {
    if (!this.session || !Core.mayRecordJudgement(this.launch.launchMode)) return false;
    return this._enqueue(Core.judgementStatement(this.session, passed, score, durationMs, lmsMasteryScore, this.now()));
  };

  Tracker.prototype._pump = function () {
    var self = this;
    if (self.sending || self.retryTimer || self.queue.length === 0) {
      self._notifyIfIdle();
      return;
    }
    self.sending = true;
    var entry = self.queue[0];
    var statement = entry.statement;
    self.client.sendStatement(statement, false, entry.retried).then(function () {
      self.queue.shift();
      self.sending = false;
      self.retryIndex = 0;
      if (statement.verb.id === Core.VERBS.terminated.id) {
        self.ended = true;
        self.memory.terminated = true;
        self._remember();
      }
      self._setOffline(false);
      self._pump();
    }, function (err) {
      self.sending = false;
      if (err && err.retryable) {
        entry.retried = true;
        self._setOffline(true);
        self._retryLater();
      } else {
        /* The LMS refused it (e.g. session closed by the LMS). Drop it so that
           later statements are not blocked, and tell the learner once. */
        self.queue.shift();
        if (err && (err.status === 401 || err.status === 403)) {
          /* The LMS has closed this session (e.g. abandoned it). */
          self.queue = [];
          self.pendingState = null;
          self.closed = true;
          self.ended = true;
          self.onStatus('ended');
        }
        self._pump();
      }
      self._notifyIfIdle();
    });
  };

  Tracker.prototype._retryLater = function () {
    var self = this;
    if (self.retryTimer) return;
    var delay = RETRY_DELAYS_MS[Math.min(self.retryIndex, RETRY_DELAYS_MS.length - 1)];
    self.retryIndex += 1;
    self.retryTimer = self.schedule(function () {
      self.retryTimer = null;
      self._pump();
      self._flushState();
    }, delay);
  };

  /** Called by the page when the browser reports it is back online. */
  Tracker.prototype.retryNow = function () {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this._pump();
    this._flushState();
  };

  Tracker.prototype._setOffline = function (offline) {
    if (offline === this.offline) return;
    this.offline = offline;
    this.onStatus(offline ? 'offline' : 'online');
  };

  /* ---- progress state ---- */

  /** Store the progress document (coalesced: only the newest pending copy is sent). */
  Tracker.prototype.saveProgress = function (doc) {
    if (!this.session || this.ended) return;
    this.pendingState = doc;
    this._flushState();
  };

  Tracker.prototype._flushState = function () {
    var self = this;
    if (self.savingState || !self.pendingState) {
      self._notifyIfIdle();
      return;
    }
    var doc = self.pendingState;
    self.pendingState = null;
    self.savingState = true;
    self.client.putState(Core.STATE_IDS.progress, doc).then(function () {
      self.savingState = false;
      self._setOffline(false);
      self._flushState();
    }, function (err) {
      self.savingState = false;
      if (!self.pendingState) self.pendingState = doc;  /* keep the newest */
      if (err && err.retryable) {
        self._setOffline(true);
        self._retryLater();
      } else {
        self.pendingState = null;
      }
      self._notifyIfIdle();
    });
  };

  /* ---- idle / flush ---- */

  Tracker.prototype._isIdle = function () {
    return !this.sending && !this.savingState && this.queue.length === 0 && !this.pendingState;
  };

  Tracker.prototype._notifyIfIdle = function () {
    if (!this._isIdle()) return;
    var waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(function (w) { w(true); });
  };

  /** Resolves true when everything queued has been delivered, false on timeout. */
  Tracker.prototype.whenIdle = function (timeoutMs) {
    var self = this;
    if (self._isIdle()) return Promise.resolve(true);
    return new Promise(function (resolve) {
      var done = false;
      var finish = function (value) {
        if (done) return;
        done = true;
        resolve(value);
      };
      self.waiters.push(finish);
      self.schedule(function () { finish(self._isIdle()); }, timeoutMs || 10000);
    });
  };

  /**
   * End the session: store progress, then send "terminated" as the last
   * statement. Resolves true when both reached the LMS.
   */
  Tracker.prototype.terminate = function (progressDoc, timeoutMs) {
    var self = this;
    if (!self.session) return Promise.resolve(false);
    if (self.ended) return Promise.resolve(true);
    if (progressDoc) self.saveProgress(progressDoc);
    if (!self.closed) {
      self._enqueue(Core.terminatedStatement(self.session, self.sessionElapsedMs(), self.now()));
      self.closed = true;
    }
    self.retryNow();
    return self.whenIdle(timeoutMs || 12000).then(function (idle) {
      return idle && self.ended;
    });
  };

  /**
   * Last-chance delivery while the page is being unloaded: everything still
   * queued is sent with keepalive, terminated last. No waiting is possible.
   */
  Tracker.prototype.terminateOnUnload = function (progressDoc) {
    var self = this;
    if (!self.session || self.ended) return;
    if (progressDoc) {
      self.client.putState(Core.STATE_IDS.progress, progressDoc, true).catch(function () {});
      self.pendingState = null;
    }
    if (!self.closed) {
      self.queue.push({ statement: Core.terminatedStatement(self.session, self.sessionElapsedMs(), self.now()), retried: false });
      self.closed = true;
    }
    var pending = self.sending ? self.queue.slice(1) : self.queue.slice();
    /* Sequential sends are impossible during unload; the timestamps keep the
       order, and terminated carries the latest timestamp. */
    pending.forEach(function (entry) {
      self.client.sendStatement(entry.statement, true, entry.retried).catch(function () {});
    });
    self.queue = [];
    self.memory.terminated = true;
    self.ended = true;
    self._remember();
  };

  /** Save progress with keepalive (page hidden; it may never come back). */
  Tracker.prototype.saveProgressNow = function (progressDoc) {
    if (!this.session || this.ended) return;
    this.client.putState(Core.STATE_IDS.progress, progressDoc, true).catch(function () {});
  };

  return {
    LmsClient: LmsClient,
    Tracker: Tracker,
    LmsError: LmsError,
    isRetryableStatus: isRetryableStatus
  };
}));
