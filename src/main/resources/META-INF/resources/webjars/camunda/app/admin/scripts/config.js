// Admin configuration of aftersales-bpm (replaces the webapp's default config.js, which sets nothing).
export default {
  // English by default; a browser whose first language is Chinese (zh-CN, zh, …) gets locales/zh.json.
  // The webapps match only the language's first part, hence "zh". See ../../LOCALES.md.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  customScripts: [
    // "Mobile numbers / 手机号": where urgent alerts are texted, set by the administrator (ADR 0035)
    'aftersales/staff-mobiles'
  ]
};
