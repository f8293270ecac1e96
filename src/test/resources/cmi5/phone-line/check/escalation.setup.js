/*
 * Lesson 3: reading plus the check that earns credit (moveOn "Passed", masteryScore 0.5 in cmi5.xml).
 * If the LMS's moveOn also counts completion, submitting the check sends completed first.
 */
PhoneLineLesson.start({
  titles: {
    'en-US': 'Escalating and documenting a call',
    es: 'Escalar y documentar una llamada'
  },
  page: { key: 'escalation', name: 'Escalating and documenting a call' },
  entitlementKey: 'NWH-PL-ESC-7731',
  completeOnSubmit: true,
  quiz: {
    masteryScore: 0.5,
    answers: { q1: 'c', q2: 'a', q3: 'd', q4: 'b' },
    explanations: {
      q1: 'Any mention of not wanting to go on is a safety call: stay with the caller, ask directly and escalate while you are still connected.',
      q2: 'A fever during chemotherapy can be an emergency. Symptoms go to the triage nurse first; the complaint is still taken afterwards.',
      q3: 'A warm transfer hands over the person and the story together, so the caller is not made to start again.',
      q4: 'Times, identity checked, the caller\'s own words, what was done and what was promised: nothing about the caller\'s character.'
    }
  }
});
