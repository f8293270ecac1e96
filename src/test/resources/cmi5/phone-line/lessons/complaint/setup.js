/*
 * Lesson 2: reading plus a scored check. "I have finished this lesson" sends completed;
 * the check sends passed or failed against the LMS's masteryScore (0.75 in cmi5.xml, used
 * here only if LMS.LaunchData has none).
 */
PhoneLineLesson.start({
  titles: {
    'en-US': 'Taking a complaint by phone',
    es: 'Recibir una queja por teléfono'
  },
  page: { key: 'complaint', name: 'Taking a complaint by phone' },
  finish: true,
  quiz: {
    masteryScore: 0.75,
    answers: { q1: 'b', q2: 'd', q3: 'a', q4: 'c' },
    explanations: {
      q1: 'Letting her finish and reflecting what you heard comes before any transfer or lookup; promising a call back for another team is a promise you cannot keep.',
      q2: 'A summary catches misunderstandings before they reach the record, and it is the clearest sign to the caller that you listened.',
      q3: 'Asking what the caller hopes for tells you what "resolved" means to them, which is often smaller than you expect.',
      q4: 'Promise what you control (who you pass it to, when you call back), never an outcome that belongs to someone else.'
    }
  }
});
