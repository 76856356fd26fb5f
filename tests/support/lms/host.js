/* global Scorm12API */
/**
 * A test LMS: it reads the package's imsmanifest.xml as an LMS does (launch file, parameters,
 * mastery score), offers scorm-again's SCORM 1.2 runtime as `window.API`, and opens the SCO in an
 * iframe. Between launches it keeps what the SCO stored, element by element, and gives it back to
 * the next launch (with `cmi.core.entry` = `resume` after a suspended exit), like a real LMS.
 * Every API call is recorded in `window.lms.calls` for the test to read.
 */
(function () {
  'use strict';
  const PACKAGE = '/pkg/';
  const KEPT = /^cmi\.(core\.(lesson_status|lesson_location|score\.(raw|min|max))|suspend_data)$/;
  const lms = {
    calls: [],
    /** What the LMS keeps between launches. */
    stored: {},
    /** Write-only values of the last session (exit, session_time). */
    lastSession: {},
    launches: 0,
    manifest: null,
    api: null,
  };
  window.lms = lms;

  /** The package's manifest, read with the browser's XML parser: a malformed one fails here. */
  lms.readManifest = async function () {
    const text = await (await fetch(PACKAGE + 'imsmanifest.xml')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('imsmanifest.xml is not well-formed XML');
    const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const orgs = doc.documentElement.getElementsByTagName('organizations')[0];
    const org = [...orgs.getElementsByTagName('organization')].find((o) => o.getAttribute('identifier') === orgs.getAttribute('default'));
    const item = org.getElementsByTagName('item')[0];
    const resource = [...doc.getElementsByTagName('resource')].find(
      (r) => r.getAttribute('identifier') === item.getAttribute('identifierref'),
    );
    const mastery = item.getElementsByTagNameNS(ADLCP, 'masteryscore')[0];
    lms.manifest = {
      scormtype: resource.getAttributeNS(ADLCP, 'scormtype'),
      launch: resource.getAttribute('href') + (item.getAttribute('parameters') || ''),
      mastery: mastery ? mastery.textContent.trim() : '',
      files: [...resource.getElementsByTagName('file')].map((f) => f.getAttribute('href')),
    };
    return lms.manifest;
  };

  function record(api) {
    for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
      const original = api[name].bind(api);
      api[name] = function (...args) {
        const result = original(...args);
        const error = String(api.LMSGetLastError());
        lms.calls.push({ launch: lms.launches, name, args, result: String(result), error });
        if (name === 'LMSSetValue' && error === '0') {
          if (KEPT.test(args[0])) lms.stored[args[0]] = args[1];
          else lms.lastSession[args[0]] = args[1];
        }
        return result;
      };
    }
    return api;
  }

  /** Opens the SCO in a fresh frame with a fresh API holding what the LMS kept. */
  lms.launch = async function (extraQuery) {
    if (!lms.manifest) await lms.readManifest();
    const resumed = lms.lastSession['cmi.core.exit'] === 'suspend';
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromFlattenedJSON({
      'cmi.core.student_id': 'learner-42',
      'cmi.core.student_name': 'Martin, Léa',
      'cmi.core.entry': resumed ? 'resume' : lms.launches === 0 ? 'ab-initio' : '',
      'cmi.student_data.mastery_score': lms.manifest.mastery,
      ...lms.stored,
    });
    lms.launches++;
    lms.lastSession = {};
    lms.api = window.API = record(api);
    const frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.title = 'Course';
    frame.src = PACKAGE + lms.manifest.launch + (extraQuery || '');
    document.body.append(frame);
  };

  /** Closes the SCO the way an LMS does: the frame navigates away (the SCO gets `pagehide`), then goes. */
  lms.close = function () {
    const frame = document.getElementById('sco');
    if (!frame) return Promise.resolve();
    return new Promise((resolve) => {
      frame.addEventListener(
        'load',
        () => {
          frame.remove();
          resolve();
        },
        { once: true },
      );
      frame.src = 'about:blank';
    });
  };

  /** The last value the SCO set for an element during launch `n` (default: any launch). */
  lms.lastSet = function (element, n) {
    const sets = lms.calls.filter(
      (c) => c.name === 'LMSSetValue' && c.args[0] === element && c.error === '0' && (n === undefined || c.launch === n),
    );
    return sets.length ? sets[sets.length - 1].args[1] : null;
  };
})();
