/*
 * Test fixture for CareLearn's content isolation (issue 16). Each probe writes "exposed: ..." when it could
 * read something of the application or the learner, and "refused: ..." when the browser stopped it. Then
 * the lesson does what a well-behaved cmi5 AU does (fetch URL, LMS.LaunchData, initialized, terminated,
 * returnURL), so the test also shows that an isolated lesson still works.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var endpoint = params.get('endpoint') || '';
  // cmi5 gives the endpoint with or without its trailing slash; CareLearn gives it without.
  if (endpoint && endpoint.charAt(endpoint.length - 1) !== '/') {
    endpoint += '/';
  }
  var appOrigin = endpoint ? new URL(endpoint).origin : window.location.origin;

  function show(id, outcome, detail) {
    var element = document.getElementById(id);
    element.setAttribute('data-outcome', outcome);
    element.textContent = outcome + ': ' + String(detail).slice(0, 160);
  }

  function setStatus(state) {
    var element = document.getElementById('status');
    element.setAttribute('data-state', state);
    element.textContent = state;
  }

  /** Reading a response body is what would leak; a status the browser hides (CORS) is no leak. */
  function probeFetch(id, url) {
    return fetch(url, { credentials: 'include', redirect: 'manual' }).then(function (response) {
      return response.text().then(function (text) {
        if (response.ok && text.length > 0) {
          show(id, 'exposed', 'HTTP ' + response.status + ' ' + text);
        } else {
          show(id, 'refused', 'HTTP ' + response.status + ' (' + response.type + ')');
        }
      });
    }, function (error) {
      show(id, 'refused', error.name + ' ' + error.message);
    });
  }

  function probeCookie() {
    try {
      show('probe-cookie', 'exposed', 'document.cookie = "' + document.cookie + '"');
    } catch (error) {
      show('probe-cookie', 'refused', error.name);
    }
  }

  function probeParent() {
    try {
      if (window.parent === window) {
        show('probe-parent', 'refused', 'not framed');
        return;
      }
      show('probe-parent', 'exposed', window.parent.document.title + ' at ' + window.parent.location.href);
    } catch (error) {
      show('probe-parent', 'refused', error.name);
    }
  }

  var token = null;
  var launchData = null;
  var started = Date.now();

  function xapi(method, resource, query, body) {
    var url = endpoint + resource + (query ? '?' + new URLSearchParams(query).toString() : '');
    var headers = { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + token };
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  // A random (version 4) UUID: cmi5 9.1 has the AU give every statement its id.
  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function statement(verbId, verbName, result) {
    var context = JSON.parse(JSON.stringify(launchData.contextTemplate));
    context.registration = params.get('registration');
    context.contextActivities = context.contextActivities || {};
    // A cmi5 defined statement (cmi5 9.6.2.1): the cmi5 category activity.
    context.contextActivities.category = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }];
    var made = {
      id: uuid(),
      actor: JSON.parse(params.get('actor')),
      verb: { id: verbId, display: { 'en-US': verbName } },
      object: { objectType: 'Activity', id: params.get('activityId') },
      context: context,
      timestamp: new Date().toISOString()
    };
    if (result) made.result = result;
    return made;
  }

  function startCmi5() {
    if (!params.get('fetch')) {
      setStatus('preview');
      return Promise.resolve();
    }
    return fetch(params.get('fetch'), { method: 'POST' }).then(function (r) { return r.json(); })
      .then(function (answer) {
        token = answer['auth-token'];
        return xapi('GET', 'activities/state', {
          stateId: 'LMS.LaunchData', activityId: params.get('activityId'), agent: params.get('actor'),
          registration: params.get('registration')
        });
      })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        launchData = data;
        // cmi5 10.2.1 and 11: the AU reads the learner preferences before initialized
        return xapi('GET', 'agents/profile', { profileId: 'cmi5LearnerPreferences', agent: params.get('actor') });
      })
      .then(function () {
        return xapi('POST', 'statements', null,
          statement('http://adlnet.gov/expapi/verbs/initialized', 'initialized'));
      })
      .then(function (r) { setStatus(r.ok ? 'ready' : 'lrs-refused-' + r.status); })
      .catch(function (error) { setStatus('failed ' + error.name + ' ' + error.message); });
  }

  function exit() {
    var seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
    xapi('POST', 'statements', null, statement('http://adlnet.gov/expapi/verbs/terminated', 'terminated',
      { duration: 'PT' + seconds + 'S' }))
      .then(function (r) {
        setStatus(r.ok ? 'terminated' : 'lrs-refused-' + r.status);
        if (r.ok && launchData.returnURL) window.location.assign(launchData.returnURL);
      });
  }

  document.getElementById('exit').addEventListener('click', exit);
  probeCookie();
  probeParent();
  Promise.all([
    probeFetch('probe-api', appOrigin + '/api/me/learning'),
    probeFetch('probe-page', appOrigin + '/learning/index.xhtml'),
    probeFetch('probe-relative', '/api/me/learning')
  ]).then(startCmi5);
}());
