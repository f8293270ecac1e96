/*
 * CareLearn course runtime: page player.
 *
 * Reads the AU markup described in ../README.md, turns it into a paged,
 * keyboard- and screen-reader-friendly lesson, and reports to the LMS through
 * CareLearnLms.Tracker. Requires carelearn-core.js and carelearn-lms.js.
 *
 * Never writes to the console. Every LMS problem becomes a plain-language
 * message in the status area; the lesson itself keeps working.
 */
(function (root) {
  'use strict';

  var Core = root.CareLearnCore;
  var Lms = root.CareLearnLms;
  var doc = root.document;

  /* ------------------------------------------------------------------ */
  /* Learner-facing wording (kept together so it can be reviewed/translated) */
  /* ------------------------------------------------------------------ */

  var TEXT = {
    loading: 'Loading your course…',
    preview: 'Preview: this page was opened outside CareLearn, so nothing you do here is recorded.',
    badLink: 'This page was opened with an incomplete link, so your progress can\'t be recorded. You can still read and practice here. To get credit, close this window and open the course again from CareLearn.',
    unreachable: 'We couldn\'t connect to CareLearn, so your progress in this session can\'t be saved. You can still read and practice here. To get credit, close this window and open the course again from CareLearn. If this keeps happening, contact your education coordinator.',
    expired: 'This course session has expired or is already open in another window. Close this window and open the course again from CareLearn to continue.',
    ended: 'This course session has ended. You can keep reading, but nothing more will be recorded. To continue with credit, open the course again from CareLearn.',
    browse: 'You opened this module in browse mode. Look around freely: nothing is scored or marked complete.',
    review: 'You opened this module in review mode. Your earlier answers are shown; nothing new is scored or marked complete.',
    offline: 'Connection to CareLearn lost. Keep going: we\'ll save your progress as soon as the connection returns.',
    online: 'Reconnected. Your progress is being saved again.',
    resumed: 'Welcome back. We\'ve taken you to where you left off.',
    saving: 'Saving your progress…',
    saveFailed: 'We couldn\'t reach CareLearn to save your last steps.',
    tryAgain: 'Try again',
    leaveAnyway: 'Leave without saving',
    closeWindow: 'You can now close this window.',
    previewClose: 'This preview isn\'t connected to CareLearn. You can close this tab.',
    completed: 'You\'ve completed this module. Select “Finish and exit” when you\'re ready.',
    reachedEnd: 'You\'ve reached the end of this module. Select “Finish and exit” when you\'re ready.',
    notAllSeen: 'You\'ve reached the end, but these pages haven\'t been opened yet: ',
    notAllAnswered: 'You\'ve reached the end. To complete this module, answer the knowledge checks on these pages (any answer counts): ',
    freshAttempt: 'This is a new attempt, with its own selection of questions in a new order. Your earlier result stays on your record.',
    notCorrect: 'Not correct.',
    checkAnswer: 'Check answer',
    choose: 'Choose this response',
    continueLabel: 'Continue',
    replay: 'Replay this scenario',
    pickFirst: 'Please choose an answer first.',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    strong: 'Strong choice.',
    partial: 'Partly helpful.',
    weak: 'Not the best choice.',
    bestAnswerIs: 'The best answer is: ',
    previous: 'Previous',
    next: 'Next',
    finish: 'Finish and exit',
    exit: 'Exit',
    contents: 'Contents',
    viewed: '(viewed)',
    current: '(current page)',
    submit: 'Submit my answers',
    newAttempt: 'Start a new attempt'
  };

  /* ------------------------------------------------------------------ */
  /* Tiny DOM helpers                                                    */
  /* ------------------------------------------------------------------ */

  function el(tag, attrs, children) {
    var node = doc.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else if (key === 'className') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
    });
    return node;
  }

  function textOf(node) {
    return node ? node.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function all(scope, selector) {
    return Array.prototype.slice.call(scope.querySelectorAll(selector));
  }

  function button(label, onClick, className) {
    return el('button', { type: 'button', className: className || 'cl-button', onclick: onClick, text: label });
  }

  function focusElement(node) {
    if (!node) return;
    if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
    try { node.focus({ preventScroll: true }); } catch (e) { node.focus(); }
  }

  function choiceLabel(input) {
    var label = input.closest('label');
    if (!label && input.id) label = doc.querySelector('label[for="' + input.id + '"]');
    return textOf(label);
  }

  function formatPercent(scaled) {
    return Math.round(scaled * 100) + '%';
  }

  /* ------------------------------------------------------------------ */
  /* Choice questions (shared by knowledge checks, scenario decisions and */
  /* assessment questions)                                               */
  /* ------------------------------------------------------------------ */

  /**
   * Wrap a <form data-question|data-decision> with its radios and feedback.
   */
  function ChoiceForm(form, id, kind) {
    var self = this;
    self.form = form;
    self.id = id;
    self.kind = kind;
    self.inputs = all(form, 'input[type="radio"], input:not([type])');
    self.inputs.forEach(function (input, i) {
      input.type = 'radio';
      input.name = 'cl-' + id;
      if (!input.value || input.value === 'on') input.value = String.fromCharCode(97 + i);
      /* Keep the label text in one box so layout and added markers flow together. */
      var label = input.closest('label');
      if (label && !label.querySelector('.cl-choice-text')) {
        var span = el('span', { className: 'cl-choice-text' });
        Array.prototype.slice.call(label.childNodes).forEach(function (node) {
          if (node !== input) span.appendChild(node);
        });
        label.appendChild(span);
      }
    });
    var legend = form.querySelector('legend');
    self.prompt = textOf(legend) || id;
    self.choices = self.inputs.map(function (input) { return { id: input.value, text: choiceLabel(input) }; });
    var seal = form.getAttribute('data-key');
    self.correct = self.inputs.filter(function (i) {
      return seal ? Core.answerMatches(seal, id, i.value) : i.hasAttribute('data-correct');
    }).map(function (i) { return i.value; });
    if (kind === 'assessment') {
      /* The answer key stays in memory only: nothing in the page says which choice is right. */
      form.removeAttribute('data-key');
      self.inputs.forEach(function (i) { i.removeAttribute('data-correct'); });
      all(form, '[data-feedback], [data-explanation]').forEach(function (node) { node.parentNode.removeChild(node); });
    }
    self.feedback = {};
    all(form, '[data-feedback]').forEach(function (fb) { self.feedback[fb.getAttribute('data-feedback')] = fb; });
    self.explanation = form.querySelector('[data-explanation]');

    /* Feedback lives in a polite live region so it is announced when shown. */
    self.area = el('div', { className: 'cl-feedback-area', 'aria-live': 'polite' });
    self.verdict = el('p', { className: 'cl-verdict' });
    self.area.appendChild(self.verdict);
    Object.keys(self.feedback).forEach(function (key) {
      var fb = self.feedback[key];
      fb.hidden = true;
      fb.classList.add('cl-feedback');
      self.area.appendChild(fb);
    });
    if (self.explanation) {
      self.explanation.hidden = true;
      self.explanation.classList.add('cl-feedback');
      self.area.appendChild(self.explanation);
    }
    self.actions = el('div', { className: 'cl-actions' });
    form.appendChild(self.actions);
    form.appendChild(self.area);
    form.classList.add('cl-choice-form');
    form.setAttribute('novalidate', '');
  }

  ChoiceForm.prototype.interaction = function () {
    return { id: this.id, prompt: this.prompt, choices: this.choices, correct: this.correct };
  };

  ChoiceForm.prototype.selected = function () {
    var checked = this.inputs.filter(function (i) { return i.checked; })[0];
    return checked ? checked.value : null;
  };

  ChoiceForm.prototype.select = function (value) {
    this.inputs.forEach(function (i) { i.checked = i.value === value; });
  };

  ChoiceForm.prototype.inputFor = function (value) {
    return this.inputs.filter(function (i) { return i.value === value; })[0] || null;
  };

  /** Puts the choices in this order (an assessment attempt's shuffle). */
  ChoiceForm.prototype.reorder = function (values) {
    var self = this;
    (values || []).forEach(function (value) {
      var input = self.inputFor(value);
      var label = input && input.closest('label');
      if (label && label.parentNode) label.parentNode.appendChild(label);
    });
  };

  ChoiceForm.prototype.isCorrect = function (value) {
    return this.correct.indexOf(value) >= 0;
  };

  ChoiceForm.prototype.lock = function (locked) {
    var fieldset = this.form.querySelector('fieldset');
    if (fieldset) fieldset.disabled = !!locked;
    else this.inputs.forEach(function (i) { i.disabled = !!locked; });
    this.form.classList.toggle('cl-locked', !!locked);
  };

  /** Mark chosen/correct choices visually (text markers too, not color alone). */
  ChoiceForm.prototype.mark = function (value, revealCorrect) {
    var self = this;
    self.inputs.forEach(function (input) {
      var holder = input.closest('label') || input.parentNode;
      var textBox = holder.querySelector('.cl-choice-text') || holder;
      var old = holder.querySelector('.cl-mark');
      if (old) old.remove();
      holder.classList.remove('cl-chosen', 'cl-is-correct');
      var tags = [];
      if (input.value === value) {
        holder.classList.add('cl-chosen');
        tags.push('your answer');
      }
      if (revealCorrect && self.isCorrect(input.value)) {
        holder.classList.add('cl-is-correct');
        tags.push('best answer');
      }
      if (tags.length) textBox.appendChild(el('span', { className: 'cl-mark', text: ' (' + tags.join(', ') + ')' }));
    });
  };

  ChoiceForm.prototype.showFeedback = function (value, verdictText, opts) {
    var self = this;
    var options = opts || {};
    Object.keys(self.feedback).forEach(function (key) {
      self.feedback[key].hidden = key !== value;
    });
    if (self.explanation) self.explanation.hidden = !options.explanation;
    self.verdict.textContent = verdictText || '';
    if (options.bestAnswer && !self.isCorrect(value) && self.correct.length) {
      var best = self.choices.filter(function (c) { return self.isCorrect(c.id); }).map(function (c) { return c.text; });
      self.verdict.textContent += ' ' + TEXT.bestAnswerIs + best.join(' / ');
    }
    self.area.classList.toggle('cl-good', self.isCorrect(value));
  };

  ChoiceForm.prototype.reset = function () {
    var self = this;
    self.inputs.forEach(function (i) { i.checked = false; });
    self.lock(false);
    self.mark(null, false);
    Object.keys(self.feedback).forEach(function (key) { self.feedback[key].hidden = true; });
    if (self.explanation) self.explanation.hidden = true;
    self.verdict.textContent = '';
    self.area.classList.remove('cl-good');
  };

  /* ------------------------------------------------------------------ */
  /* Player                                                              */
  /* ------------------------------------------------------------------ */

  function Player(rootEl) {
    this.root = rootEl;
    this.kind = rootEl.getAttribute('data-au-kind') === 'assessment' ? 'assessment' : 'content';
    this.pageFallbackMastery = rootEl.getAttribute('data-mastery-score');
    this.progress = Core.emptyProgress();
    this.baseTotalMs = 0;
    this.localStartMs = Date.now();
    this.tracker = null;
    this.tracking = false;         /* LMS session is live */
    this.launch = null;
    this.launchMode = 'Normal';
    this.mastery = Core.resolveMasteryScore(null, this.pageFallbackMastery);
    this.judgedThisSession = false;
    this.current = -1;
    this.exiting = false;
    this.checks = {};
    this.scenarios = {};
    this.questions = [];
    this.bank = [];
    this.bankById = {};
    this.checkOrder = [];
    this.drawCount = parseInt(rootEl.getAttribute('data-draw'), 10) || null;
  }

  Player.prototype.writesProgress = function () {
    return this.tracking && this.launchMode === 'Normal' && !this.tracker.ended;
  };

  Player.prototype.currentTotalMs = function () {
    var session = this.tracking ? this.tracker.sessionElapsedMs() : Date.now() - this.localStartMs;
    return this.baseTotalMs + session;
  };

  Player.prototype.snapshot = function () {
    var p = JSON.parse(JSON.stringify(this.progress));
    p.version = Core.PROGRESS_VERSION;
    p.page = this.pages[this.current] ? this.pages[this.current].id : p.page;
    p.totalMs = this.currentTotalMs();
    p.updated = new Date().toISOString();
    return p;
  };

  Player.prototype.save = function () {
    if (this.writesProgress()) this.tracker.saveProgress(this.snapshot());
  };

  Player.prototype.record = function (form, response, success) {
    if (this.tracking && !this.tracker.ended) this.tracker.sendAnswered(form.interaction(), response, success);
  };

  /* ---- building the chrome ---- */

  Player.prototype.build = function () {
    var self = this;
    var rootEl = self.root;
    rootEl.classList.add('cl-au', 'cl-js');

    /* An assessment's questions form a bank: each attempt puts its own draw back into the page. */
    if (self.kind === 'assessment') self.buildAssessment();
    self.collectPages();

    var header = rootEl.querySelector('header');
    self.status = el('div', { className: 'cl-status', role: 'status', 'aria-live': 'polite' });
    self.statusText = el('p', { className: 'cl-status-text' });
    self.statusActions = el('div', { className: 'cl-status-actions' });
    self.status.appendChild(self.statusText);
    self.status.appendChild(self.statusActions);
    self.status.hidden = true;

    self.exitButton = button(TEXT.exit, function () { self.exit(); }, 'cl-button cl-exit');
    self.pageCount = el('p', { className: 'cl-page-count' });
    self.progressBar = el('progress', { className: 'cl-progress', max: String(self.pages.length), value: '0', 'aria-hidden': 'true' });
    var bar = el('div', { className: 'cl-bar' }, [
      el('div', { className: 'cl-bar-progress' }, [self.pageCount, self.progressBar]),
      self.exitButton
    ]);

    self.contentsList = el('ol', { className: 'cl-contents-list' });
    self.contentsSummary = el('summary', { text: TEXT.contents });
    self.contents = el('nav', { className: 'cl-contents', 'aria-label': TEXT.contents }, [
      el('details', {}, [self.contentsSummary, self.contentsList])
    ]);
    self.renderContents();

    self.prevButton = button(TEXT.previous, function () { self.go(self.current - 1, true); }, 'cl-button cl-prev');
    self.nextButton = button(TEXT.next, function () { self.next(); }, 'cl-button cl-button-primary cl-next');
    self.nav = el('nav', { className: 'cl-nav', 'aria-label': 'Page navigation' }, [self.prevButton, self.nextButton]);

    self.loading = el('p', { className: 'cl-loading', text: TEXT.loading });

    var anchor = header ? header.nextSibling : rootEl.firstChild;
    rootEl.insertBefore(bar, anchor);
    rootEl.insertBefore(self.status, anchor);
    rootEl.insertBefore(self.contents, anchor);
    rootEl.insertBefore(self.loading, anchor);
    rootEl.appendChild(self.nav);
    self.nav.hidden = true;

    self.buildChecks();
    self.buildScenarios();
  };

  Player.prototype.collectPages = function () {
    this.pages = all(this.root, 'section[data-page]').map(function (section, index) {
      var heading = section.querySelector('h2, h1');
      var id = section.getAttribute('data-page') || ('page-' + (index + 1));
      section.classList.add('cl-page');
      section.hidden = true;
      if (heading && !heading.id) heading.id = 'cl-h-' + id;
      if (heading) section.setAttribute('aria-labelledby', heading.id);
      return { id: id, el: section, heading: heading, title: textOf(heading) || ('Page ' + (index + 1)) };
    });
  };

  Player.prototype.renderContents = function () {
    var self = this;
    while (self.contentsList.firstChild) self.contentsList.removeChild(self.contentsList.firstChild);
    self.pages.forEach(function (page, index) {
      page.tocButton = button(page.title, function () { self.go(index, true); }, 'cl-toc-button');
      page.tocState = el('span', { className: 'cl-visually-hidden' });
      self.contentsList.appendChild(el('li', {}, [page.tocButton, page.tocState]));
    });
  };

  /* ---- status messages ---- */

  Player.prototype.setStatus = function (kind, message, actions) {
    var self = this;
    self.statusKind = message ? kind : null;
    self.status.className = 'cl-status cl-status-' + kind;
    self.statusText.textContent = message || '';
    while (self.statusActions.firstChild) self.statusActions.removeChild(self.statusActions.firstChild);
    (actions || []).forEach(function (a) { self.statusActions.appendChild(a); });
    self.status.hidden = !message;
  };

  Player.prototype.clearStatus = function () {
    this.setStatus('info', '');
  };

  /* ---- navigation ---- */

  Player.prototype.go = function (index, moveFocus) {
    var self = this;
    if (index < 0 || index >= self.pages.length) return;
    self.pages.forEach(function (page, i) { page.el.hidden = i !== index; });
    self.current = index;
    var page = self.pages[index];
    if (self.statusKind === 'info' || self.statusKind === 'success') self.clearStatus();
    if (self.progress.seen.indexOf(page.id) < 0) self.progress.seen.push(page.id);
    self.progress.page = page.id;
    self.updateChrome();
    if (moveFocus) {
      focusElement(page.heading || page.el);
      if (typeof root.scrollTo === 'function') root.scrollTo(0, 0);
    }
    self.afterPageShown(page);
    self.save();
  };

  Player.prototype.next = function () {
    if (this.current >= this.pages.length - 1) {
      this.exit();
    } else {
      this.go(this.current + 1, true);
    }
  };

  Player.prototype.updateChrome = function () {
    var self = this;
    var total = self.pages.length;
    var seenCount = self.pages.filter(function (p) { return self.progress.seen.indexOf(p.id) >= 0; }).length;
    self.pageCount.textContent = 'Page ' + (self.current + 1) + ' of ' + total;
    self.progressBar.value = seenCount;
    self.contentsSummary.textContent = TEXT.contents + ' (' + seenCount + ' of ' + total + ' viewed)';
    self.pages.forEach(function (page, i) {
      var seen = self.progress.seen.indexOf(page.id) >= 0;
      page.tocButton.classList.toggle('cl-seen', seen);
      if (i === self.current) page.tocButton.setAttribute('aria-current', 'page');
      else page.tocButton.removeAttribute('aria-current');
      page.tocState.textContent = i === self.current ? ' ' + TEXT.current : (seen ? ' ' + TEXT.viewed : '');
    });
    self.prevButton.disabled = self.current <= 0;
    self.nextButton.textContent = self.current >= total - 1 ? TEXT.finish : TEXT.next;
  };

  Player.prototype.afterPageShown = function (page) {
    var self = this;
    if (self.kind === 'assessment') {
      if (page.el.hasAttribute('data-results')) self.renderResults();
      return;
    }
    var pageIds = self.pages.map(function (p) { return p.id; });
    if (self.current === self.pages.length - 1) {
      var missing = self.pages.filter(function (p) { return self.progress.seen.indexOf(p.id) < 0; });
      var unanswered = self.unansweredCheckPages();
      if (missing.length) self.pointTo(TEXT.notAllSeen, missing);
      else if (unanswered.length) self.pointTo(TEXT.notAllAnswered, unanswered);
    }
    self.maybeComplete();
  };

  /** The pages holding knowledge checks not answered yet, in order, each once. */
  Player.prototype.unansweredCheckPages = function () {
    var self = this;
    var out = [];
    Core.unansweredChecks(self.checkOrder, self.progress.checks).forEach(function (id) {
      var section = self.checks[id].form.closest('section[data-page]');
      var page = self.pages.filter(function (p) { return p.el === section; })[0];
      if (page && out.indexOf(page) < 0) out.push(page);
    });
    return out;
  };

  Player.prototype.pointTo = function (message, pages) {
    var self = this;
    self.setStatus('info', message + pages.map(function (p) { return p.title; }).join('; ') + '.',
      pages.slice(0, 6).map(function (p) {
        return button(p.title, function () { self.go(self.pages.indexOf(p), true); }, 'cl-button cl-button-small');
      }));
  };

  Player.prototype.maybeComplete = function () {
    var self = this;
    var pageIds = self.pages.map(function (p) { return p.id; });
    if (!Core.allPagesSeen(pageIds, self.progress.seen)) return;
    if (Core.unansweredChecks(self.checkOrder, self.progress.checks).length) return;
    if (self.tracking && !self.tracker.ended && Core.shouldSendCompleted({
      auKind: self.kind,
      launchMode: self.launchMode,
      completedSent: self.progress.completedSent,
      pageIds: pageIds,
      seen: self.progress.seen,
      checkIds: self.checkOrder,
      checks: self.progress.checks
    })) {
      if (self.tracker.sendCompleted(self.currentTotalMs())) {
        self.progress.completedSent = true;
        self.setStatus('success', TEXT.completed);
      }
    } else if (self.current === self.pages.length - 1 && (self.status.hidden || self.statusKind === 'info')) {
      var recordedOrPreview = !self.tracking || (self.launchMode === 'Normal' && self.progress.completedSent);
      self.setStatus('success', recordedOrPreview ? TEXT.completed : TEXT.reachedEnd);
    }
  };

  /* ---- knowledge checks ---- */

  Player.prototype.buildChecks = function () {
    var self = this;
    if (self.kind === 'assessment') return;
    all(self.root, 'form[data-question]').forEach(function (form) {
      var id = form.getAttribute('data-question');
      var cf = new ChoiceForm(form, id, 'knowledge-check');
      var check = el('button', { type: 'submit', className: 'cl-button cl-button-primary', text: TEXT.checkAnswer });
      cf.actions.appendChild(check);
      cf.submit = check;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var value = cf.selected();
        if (!value) {
          cf.verdict.textContent = TEXT.pickFirst;
          return;
        }
        var success = cf.isCorrect(value);
        self.progress.checks[id] = { response: value, success: success };
        self.showCheck(cf, value);
        self.record(cf, value, success);
        self.maybeComplete();
        self.save();
      });
      self.checks[id] = cf;
      self.checkOrder.push(id);
    });
  };

  Player.prototype.showCheck = function (cf, value) {
    cf.select(value);
    cf.lock(true);
    cf.mark(value, true);
    cf.submit.hidden = true;
    cf.showFeedback(value, cf.isCorrect(value) ? TEXT.correct : TEXT.incorrect, { bestAnswer: true, explanation: true });
  };

  /* ---- branching scenarios ---- */

  Player.prototype.buildScenarios = function () {
    var self = this;
    all(self.root, '[data-scenario]').forEach(function (container) {
      var id = container.getAttribute('data-scenario');
      var sc = { id: id, el: container, steps: {}, order: [], decisions: {} };
      container.classList.add('cl-scenario');
      sc.track = el('div', { className: 'cl-scenario-track' });
      all(container, '[data-step]').forEach(function (step) {
        var stepId = step.getAttribute('data-step');
        step.classList.add('cl-step');
        step.hidden = true;
        sc.steps[stepId] = step;
        sc.order.push(stepId);
        var form = step.querySelector('form[data-decision]');
        if (form) {
          var decisionId = form.getAttribute('data-decision');
          var cf = new ChoiceForm(form, decisionId, 'scenario');
          cf.step = stepId;
          var chooseBtn = el('button', { type: 'submit', className: 'cl-button cl-button-primary', text: TEXT.choose });
          cf.actions.appendChild(chooseBtn);
          cf.submit = chooseBtn;
          cf.continueBtn = button(TEXT.continueLabel, function () {
            self.continueScenario(sc, cf, true);
          }, 'cl-button cl-button-primary');
          cf.continueBtn.hidden = true;
          cf.area.parentNode.appendChild(cf.continueBtn);
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            var value = cf.selected();
            if (!value) {
              cf.verdict.textContent = TEXT.pickFirst;
              return;
            }
            self.chooseInScenario(sc, cf, value, true);
          });
          sc.decisions[decisionId] = cf;
          step.setAttribute('data-decision-id', decisionId);
        }
      });
      /* Steps are moved into a track in the order the learner meets them. */
      var firstStep = sc.steps[sc.order[0]];
      container.insertBefore(sc.track, firstStep);
      sc.replayBtn = button(TEXT.replay, function () { self.replayScenario(sc); }, 'cl-button cl-replay');
      sc.replayBtn.hidden = true;
      container.appendChild(sc.replayBtn);
      self.scenarios[id] = sc;
      self.resetScenario(sc);
    });
  };

  Player.prototype.resetScenario = function (sc) {
    var container = sc.el;
    sc.order.forEach(function (stepId) {
      var step = sc.steps[stepId];
      step.hidden = true;
      container.insertBefore(step, sc.replayBtn || null);
    });
    Object.keys(sc.decisions).forEach(function (key) {
      var cf = sc.decisions[key];
      cf.reset();
      cf.submit.hidden = false;
      cf.continueBtn.hidden = true;
    });
    sc.replayBtn.hidden = true;
    this.showStep(sc, sc.order[0], false);
  };

  Player.prototype.showStep = function (sc, stepId, moveFocus) {
    var step = sc.steps[stepId];
    if (!step) return;
    sc.track.appendChild(step);
    step.hidden = false;
    if (!step.querySelector('form[data-decision]')) {
      step.classList.add('cl-ending');
      sc.replayBtn.hidden = false;
    }
    if (moveFocus) focusElement(step.querySelector('h3, h4') || step);
  };

  Player.prototype.chooseInScenario = function (sc, cf, value, live) {
    var input = cf.inputFor(value);
    if (!input) return;
    var success = cf.isCorrect(value);
    var quality = success ? TEXT.strong : (input.getAttribute('data-quality') === 'partial' ? TEXT.partial : TEXT.weak);
    cf.select(value);
    cf.lock(true);
    cf.mark(value, false);
    cf.submit.hidden = true;
    cf.showFeedback(value, quality, { explanation: true });
    var nextStep = input.getAttribute('data-next');
    cf.continueBtn.hidden = !nextStep || !sc.steps[nextStep];
    if (!nextStep || !sc.steps[nextStep]) sc.replayBtn.hidden = false;
    if (live) {
      var state = this.progress.scenarios[sc.id] || { path: [], runs: 1 };
      state.path.push({ decision: cf.id, choice: value });
      this.progress.scenarios[sc.id] = state;
      this.record(cf, value, success);
      this.save();
    }
  };

  Player.prototype.continueScenario = function (sc, cf, moveFocus) {
    var input = cf.inputFor(cf.selected());
    var nextStep = input && input.getAttribute('data-next');
    cf.continueBtn.hidden = true;
    if (nextStep) this.showStep(sc, nextStep, moveFocus);
  };

  Player.prototype.replayScenario = function (sc) {
    var state = this.progress.scenarios[sc.id] || { path: [], runs: 1 };
    this.progress.scenarios[sc.id] = { path: [], runs: state.runs + 1 };
    this.resetScenario(sc);
    focusElement(sc.steps[sc.order[0]].querySelector('h3, h4') || sc.steps[sc.order[0]]);
    this.save();
  };

  Player.prototype.restoreScenario = function (sc, saved) {
    var self = this;
    saved.path.forEach(function (entry) {
      var cf = sc.decisions[entry.decision];
      if (!cf || cf.form.closest('[data-step]').hidden) return;
      self.chooseInScenario(sc, cf, entry.choice, false);
      self.continueScenario(sc, cf, false);
    });
  };

  /* ---- assessment ---- */

  /**
   * Every question of the page is one of the bank; its section leaves the page until an attempt draws it
   * (see applyAttempt).
   */
  Player.prototype.buildAssessment = function () {
    var self = this;
    all(self.root, 'form[data-question]').forEach(function (form, index) {
      var id = form.getAttribute('data-question');
      var cf = new ChoiceForm(form, id, 'assessment');
      cf.number = index + 1;
      cf.page = form.closest('section[data-page]');
      cf.heading = cf.page.querySelector('h2');
      form.addEventListener('change', function () {
        if (self.progress.assessment.submitted) return;
        var value = cf.selected();
        if (value) {
          self.progress.assessment.answers[id] = value;
          self.save();
        }
      });
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      self.bank.push(cf);
      self.bankById[id] = cf;
    });
    var resultsPage = self.root.querySelector('section[data-results]');
    if (resultsPage) {
      self.resultsBox = el('div', { className: 'cl-results', 'aria-live': 'polite' });
      resultsPage.appendChild(self.resultsBox);
    }
    self.questionsAnchor = resultsPage || null;
    self.bank.forEach(function (q) {
      if (!self.questionsAnchor) self.questionsAnchor = doc.createComment('questions');
      if (!self.questionsAnchor.parentNode) q.page.parentNode.insertBefore(self.questionsAnchor, q.page);
      q.page.parentNode.removeChild(q.page);
    });
  };

  Player.prototype.bankPlan = function () {
    return this.bank.map(function (q) { return { id: q.id, choices: q.choices.map(function (c) { return c.id; }) }; });
  };

  /** Starts a new attempt: a new draw (new questions first), no answers, the clock restarted. */
  Player.prototype.freshAttempt = function () {
    var a = this.progress.assessment;
    var previous = a.draw && a.draw.length ? a.draw : a.previousDraw;
    var plan = Core.planAttempt(this.bankPlan(), this.drawCount, previous);
    this.progress.assessment = {
      attempt: a.submitted ? a.attempt + 1 : a.attempt,
      answers: {},
      submitted: false,
      result: null,
      attemptStartMs: this.currentTotalMs(),
      draw: plan.draw,
      order: plan.order,
      previousDraw: previous || []
    };
  };

  /**
   * Before the first page: which attempt this launch shows. A learner who failed and comes back from
   * CareLearn (Try again) starts a fresh attempt at the top; the failed one is on record already.
   */
  Player.prototype.prepareAttempt = function () {
    var self = this;
    if (self.kind !== 'assessment') return;
    var a = self.progress.assessment;
    var retry = self.tracking && self.launchMode === 'Normal' && a.submitted && !self.progress.passedSent
      && !(a.result && a.result.passed);
    if (retry || !Core.planFits(a, self.bankPlan(), self.drawCount)) {
      self.freshAttempt();
      self.progress.page = null;
      self.freshNotice = retry;
    }
    self.applyAttempt();
  };

  /** Puts the attempt's questions into the page, in its order, with its answers. */
  Player.prototype.applyAttempt = function () {
    var self = this;
    var a = self.progress.assessment;
    self.bank.forEach(function (q) {
      q.reset();
      if (q.page.parentNode) q.page.parentNode.removeChild(q.page);
    });
    self.questions = a.draw.map(function (id) { return self.bankById[id]; });
    self.questions.forEach(function (q, index) {
      q.number = index + 1;
      if (q.heading) q.heading.textContent = 'Question ' + q.number + ' of ' + self.questions.length;
      q.reorder(a.order[q.id]);
      self.questionsAnchor.parentNode.insertBefore(q.page, self.questionsAnchor);
      if (a.answers[q.id]) q.select(a.answers[q.id]);
      if (a.submitted) self.lockQuestion(q);
    });
    self.collectPages();
    self.renderContents();
    self.progressBar.max = String(self.pages.length);
  };

  Player.prototype.questionDefs = function () {
    return this.questions.map(function (q) { return { id: q.id, correct: q.correct }; });
  };

  Player.prototype.pageIndexOf = function (sectionEl) {
    for (var i = 0; i < this.pages.length; i += 1) if (this.pages[i].el === sectionEl) return i;
    return -1;
  };

  Player.prototype.renderResults = function () {
    var self = this;
    var box = self.resultsBox;
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    var a = self.progress.assessment;

    if (!a.submitted) {
      var unanswered = self.questions.filter(function (q) { return !a.answers[q.id]; });
      box.appendChild(el('p', { text: 'You have answered ' + (self.questions.length - unanswered.length) + ' of ' + self.questions.length + ' questions.' }));
      if (self.mastery.value !== null) {
        box.appendChild(el('p', { text: 'To pass, you need ' + formatPercent(self.mastery.value) + ' or more.' }));
      }
      if (unanswered.length) {
        box.appendChild(el('p', { text: 'Still to answer:' }));
        var list = el('ul', { className: 'cl-inline-list' });
        unanswered.forEach(function (q) {
          list.appendChild(el('li', {}, [button('Question ' + q.number, function () {
            self.go(self.pageIndexOf(q.page), true);
          }, 'cl-button cl-button-small')]));
        });
        box.appendChild(list);
      } else {
        box.appendChild(button(TEXT.submit, function () { self.submitAssessment(); }, 'cl-button cl-button-primary'));
      }
      return;
    }

    var r = a.result || {};
    var summary = 'You answered ' + r.raw + ' of ' + r.max + ' questions correctly (' + formatPercent(r.scaled) + ').';
    box.appendChild(el('p', { className: 'cl-score', text: summary }));
    if (self.mastery.value !== null) {
      box.appendChild(el('p', { text: 'The pass mark is ' + formatPercent(self.mastery.value) + '. ' + (r.passed ? 'You passed. Well done.' : 'You did not reach the pass mark this time.') }));
    }
    if (r.note) box.appendChild(el('p', { className: 'cl-note', text: r.note }));
    /* What to do next comes before the review, so nobody has to scroll past it to find it. */
    self.renderNextStep(box, r);

    /* The review says which answers were not correct, never which choice is: the assessment draws from
       the same bank next time, and its answers should be worked out from the lessons. */
    var review = el('ol', { className: 'cl-review' });
    self.questions.forEach(function (q) {
      var response = a.answers[q.id];
      var chosen = q.choices.filter(function (c) { return c.id === response; })[0];
      var ok = q.isCorrect(response);
      review.appendChild(el('li', { className: ok ? 'cl-review-ok' : 'cl-review-miss' }, [
        el('p', { className: 'cl-review-q' }, [el('strong', { text: (ok ? 'Correct: ' : 'Not correct: ') }), q.prompt]),
        el('p', { text: 'Your answer: ' + (chosen ? chosen.text : 'not answered') })
      ]));
    });
    var missed = self.questions.filter(function (q) { return !q.isCorrect(a.answers[q.id]); }).length;
    box.appendChild(el('h3', { text: 'Review your answers' }));
    if (missed) {
      box.appendChild(el('p', { text: missed === 1 ? 'One answer was not correct. The lessons of this course cover every question: look again at the topic before your next attempt.'
        : missed + ' answers were not correct. The lessons of this course cover every question: look again at those topics before your next attempt.' }));
    }
    box.appendChild(review);
  };

  Player.prototype.renderNextStep = function (box, r) {
    var self = this;
    var normal = self.tracking && self.launchMode === 'Normal';
    var canRetry;
    if (!self.tracking || self.launchMode === 'Browse') canRetry = true;
    else if (self.launchMode === 'Review') canRetry = false;
    else canRetry = !self.progress.passedSent && !self.judgedThisSession;
    if (normal && self.progress.passedSent) {
      box.appendChild(el('p', { className: 'cl-note', text: 'Your pass is recorded in CareLearn. You can review your answers above, then select “Finish and exit”.' }));
    } else if (canRetry && !(normal && r.passed)) {
      box.appendChild(button(TEXT.newAttempt, function () { self.newAttempt(); }, 'cl-button cl-button-primary'));
    } else if (normal && self.judgedThisSession && !r.passed) {
      box.appendChild(el('p', { className: 'cl-note', text: 'Your result has been recorded. To try again, select “Finish and exit”, then select “Try again” on the course page: you will start a fresh attempt, with its own selection of questions.' }));
    }
  };

  /** True when this launch may send passed/failed. */
  Player.prototype.mayRecord = function () {
    return this.tracking && !this.tracker.ended && Core.mayJudge({
      launchMode: this.launchMode,
      passedSent: this.progress.passedSent,
      judgedThisSession: this.judgedThisSession
    });
  };

  Player.prototype.submitAssessment = function () {
    var self = this;
    var a = self.progress.assessment;
    if (a.submitted) return;
    var score = Core.scoreAssessment(self.questionDefs(), a.answers);
    if (score.answered < score.max) {
      self.renderResults();
      return;
    }
    var passed = Core.judge(score.scaled, self.mastery.value);
    var recorded = false;
    var note = '';
    if (self.mayRecord()) {
      self.questions.forEach(function (q) {
        self.record(q, a.answers[q.id], q.isCorrect(a.answers[q.id]));
      });
      var attemptMs = Math.max(0, self.currentTotalMs() - (a.attemptStartMs || 0));
      var lmsMastery = self.mastery.source === 'lms' ? self.mastery.value : null;
      recorded = self.tracker.sendJudgement(passed, score, attemptMs, lmsMastery);
      if (recorded) {
        self.judgedThisSession = true;
        if (passed) self.progress.passedSent = true;
      }
    } else if (self.tracking && self.progress.passedSent && self.launchMode === 'Normal') {
      note = 'You have already passed this assessment, so this practice attempt does not change your record.';
    } else {
      note = 'This attempt is for practice only and is not recorded in CareLearn.';
    }
    a.submitted = true;
    a.result = { raw: score.raw, max: score.max, scaled: score.scaled, passed: passed, recorded: recorded, note: note || undefined };
    self.questions.forEach(function (q) { self.lockQuestion(q); });
    self.save();
    self.renderResults();
    var heading = self.pages[self.current] && self.pages[self.current].heading;
    focusElement(heading);
  };

  /** After submitting: the learner's answer and whether it was correct; the right choice is not shown. */
  Player.prototype.lockQuestion = function (q) {
    var response = this.progress.assessment.answers[q.id] || null;
    q.select(response);
    q.lock(true);
    q.mark(response, false);
    q.showFeedback(response, q.isCorrect(response) ? TEXT.correct : TEXT.notCorrect, {});
  };

  Player.prototype.newAttempt = function () {
    this.freshAttempt();
    this.applyAttempt();
    this.go(0, true);
    this.setStatus('info', TEXT.freshAttempt);
  };

  /* ---- restoring saved progress ---- */

  Player.prototype.restore = function (progress) {
    var self = this;
    self.progress = progress;
    self.baseTotalMs = progress.totalMs || 0;
    Object.keys(progress.checks).forEach(function (id) {
      var cf = self.checks[id];
      if (cf && cf.inputFor(progress.checks[id].response)) self.showCheck(cf, progress.checks[id].response);
    });
    Object.keys(progress.scenarios).forEach(function (id) {
      if (self.scenarios[id]) self.restoreScenario(self.scenarios[id], progress.scenarios[id]);
    });
  };

  Player.prototype.pageIndexById = function (id) {
    for (var i = 0; i < this.pages.length; i += 1) if (this.pages[i].id === id) return i;
    return -1;
  };

  /* ---- exit ---- */

  Player.prototype.exit = function () {
    var self = this;
    if (self.exiting) return;
    if (!self.tracking || self.tracker.ended) {
      self.leave();
      return;
    }
    self.exiting = true;
    self.exitButton.disabled = true;
    self.nextButton.disabled = true;
    self.setStatus('info', TEXT.saving);
    self.tracker.terminate(self.writesProgress() ? self.snapshot() : null).then(function (ok) {
      self.exiting = false;
      self.exitButton.disabled = false;
      self.nextButton.disabled = false;
      if (ok) {
        self.leave();
        return;
      }
      self.setStatus('warning', TEXT.saveFailed, [
        button(TEXT.tryAgain, function () { self.exit(); }, 'cl-button cl-button-primary'),
        button(TEXT.leaveAnyway, function () { self.leave(); }, 'cl-button')
      ]);
    });
  };

  Player.prototype.leave = function () {
    var self = this;
    var url = self.launch && self.launch.returnURL;
    if (url) {
      try {
        if (root.top && root.top !== root.self) {
          root.top.location.href = url;
          return;
        }
      } catch (e) { /* top window not reachable (sandboxed frame): use our own */ }
      root.location.href = url;
      return;
    }
    try { root.close(); } catch (e) { /* not a script-opened window */ }
    /* If we are still here, the window could not be closed. */
    root.setTimeout(function () {
      self.setStatus('info', self.launchAttempted ? TEXT.closeWindow : TEXT.previewClose);
      self.nav.hidden = true;
    }, 300);
  };

  /* ---- start-up ---- */

  Player.prototype.showFirstPage = function (message, kind) {
    var self = this;
    self.prepareAttempt();
    if (!message && self.freshNotice) message = TEXT.freshAttempt;
    self.loading.hidden = true;
    self.nav.hidden = false;
    var start = 0;
    var resumed = false;
    if (self.progress.page) {
      var idx = self.pageIndexById(self.progress.page);
      if (idx >= 0) {
        start = idx;
        resumed = idx > 0;
      }
    }
    self.go(start, false);
    if (message) self.setStatus(kind || 'info', message);
    else if (resumed) self.setStatus('info', TEXT.resumed);
    if (resumed) focusElement(self.pages[start].heading || self.pages[start].el);
  };

  Player.prototype.handleLmsStatus = function (kind) {
    if (kind === 'offline') this.setStatus('warning', TEXT.offline);
    else if (kind === 'online') this.setStatus('info', TEXT.online);
    else if (kind === 'ended') this.setStatus('warning', TEXT.ended);
  };

  Player.prototype.start = function () {
    var self = this;
    self.build();
    var parsed = Core.parseLaunchParams(root.location.search);
    if (parsed.status === 'absent') {
      self.showFirstPage(TEXT.preview, 'info');
      return;
    }
    if (parsed.status !== 'ok') {
      self.showFirstPage(TEXT.badLink, 'warning');
      return;
    }
    self.launchAttempted = true;
    self.tracker = new Lms.Tracker(parsed.params, {
      onStatus: function (kind) { if (self.tracking) self.handleLmsStatus(kind); }
    });
    self.tracker.start().then(function (result) {
      self.tracking = true;
      self.launch = result.launch;
      self.launchMode = result.launch.launchMode;
      self.mastery = Core.resolveMasteryScore(result.launch.masteryScore, self.pageFallbackMastery);
      if (self.launchMode !== 'Browse') {
        self.restore(Core.normalizeProgress(result.progressDoc));
      }
      self.installLifecycle();
      var message = self.launchMode === 'Browse' ? TEXT.browse : (self.launchMode === 'Review' ? TEXT.review : '');
      self.showFirstPage(message, 'info');
    }, function (err) {
      var reason = err && err.reason;
      var message = reason === 'expired' ? TEXT.expired : (reason === 'ended' ? TEXT.ended : TEXT.unreachable);
      self.tracker = null;
      self.showFirstPage(message, 'warning');
    });
  };

  Player.prototype.installLifecycle = function () {
    var self = this;
    root.addEventListener('online', function () { if (self.tracker) self.tracker.retryNow(); });
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden' && self.writesProgress()) {
        self.tracker.saveProgressNow(self.snapshot());
      }
    });
    /* Leaving the page ends the cmi5 session (tab closed, reload, navigation
       elsewhere): remaining statements and terminated go out with keepalive. */
    root.addEventListener('pagehide', function () {
      if (!self.tracking || self.tracker.ended) return;
      self.tracker.terminateOnUnload(self.writesProgress() ? self.snapshot() : null);
    });
    /* Restored from the back/forward cache after the session was ended. */
    root.addEventListener('pageshow', function (event) {
      if (event && event.persisted && self.tracking && self.tracker.ended) {
        self.setStatus('warning', TEXT.ended);
      }
    });
  };

  function boot() {
    var rootEl = doc.querySelector('[data-carelearn-au]');
    if (!rootEl || !Core || !Lms) return;
    var player = new Player(rootEl);
    root.CareLearnPlayer = player;
    try {
      player.start();
    } catch (e) {
      /* Last resort: reveal all content so the page stays readable. */
      all(rootEl, 'section[data-page]').forEach(function (s) { s.hidden = false; });
    }
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', boot);
  else boot();
}(typeof self !== 'undefined' ? self : this));
