// Cockpit configuration of aftersales-bpm (replaces the webapp's default config.js).
export default {
  customScripts: [
    // hides Cockpit's modifying actions from users who may not change process instances
    'aftersales/read-only-guard',
    // "Case history / 案例历史": history search and case history view (Cockpit CE has neither)
    'aftersales/case-history'
  ]
};
