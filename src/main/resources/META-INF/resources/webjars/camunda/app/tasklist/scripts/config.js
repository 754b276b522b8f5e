// Tasklist configuration of aftersales-bpm (replaces the webapp's default config.js).
export default {
  // English by default; a browser whose first language is Chinese (zh-CN, zh, …) gets locales/zh.json.
  // The webapps match only the language's first part, hence "zh". See ../../LOCALES.md.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  customScripts: [
    // "Alerts / 通知" in the header: the user's new notifications, each opening its case's task
    'aftersales/alerts',
    // Camunda Forms' labels wrap (English / 中文 and the required *), see aftersales/forms/forms.css
    'aftersales/forms',
    // after the login, back to the report page that sent the browser here (?returnTo=…)
    'aftersales/return-after-login',
    'aftersales/task-rights'
  ],
  // Tasklist's default keyboard shortcuts, kept as the default config.js has them
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
