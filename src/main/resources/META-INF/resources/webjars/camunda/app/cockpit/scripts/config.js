// Cockpit configuration of aftersales-bpm (replaces the webapp's default config.js).
export default {
  customScripts: [
    // hides Cockpit's modifying actions from users who may not change process instances
    'aftersales/read-only-guard'
  ]
};
