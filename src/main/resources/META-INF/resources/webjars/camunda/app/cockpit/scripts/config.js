// Cockpit configuration of aftersales-bpm (replaces the webapp's default config.js).
export default {
  // English by default; a browser whose first language is Chinese (zh-CN, zh, …) gets locales/zh.json.
  // The webapps match only the language's first part, hence "zh". See ../../LOCALES.md.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  customScripts: [
    // hides Cockpit's modifying actions from users who may not change process instances
    'aftersales/read-only-guard',
    // "Case history / 案例历史": history search and case history view (Cockpit CE has neither)
    'aftersales/case-history'
  ]
};
