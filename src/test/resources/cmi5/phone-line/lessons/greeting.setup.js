/* Lesson 1: reading only. Credit comes from "I have finished this lesson" (completed). */
PhoneLineLesson.start({
  titles: {
    'en-US': 'Greeting a distressed caller',
    es: 'Saludar a una persona que llama angustiada'
  },
  page: { key: 'greeting', name: 'Greeting a distressed caller' },
  finish: true
});
