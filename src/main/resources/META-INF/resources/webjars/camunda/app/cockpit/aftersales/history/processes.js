// The processes the case history covers, each labelled with its model's name (the plugin tests
// hold them equal), and where each keeps the fields an auditor searches by.
// `level` and `outcome` name process variables; `outcomeValue` turns what the auditor typed into
// the stored value where they differ.

export const PROCESSES = {
  lowScoreRescue: { label: 'Low-score rescue / 低分挽回', key: 'survey id', customer: 'customerName', level: 'grade', outcome: 'outcome' },
  passiveFollowUp: { label: 'Passive follow-up (score 7) / 被动者转化跟进(7分)', key: 'survey id', customer: 'customerName', outcome: 'followUpOutcome' },
  partsShortageEscalation: { label: 'Parts-shortage escalation / 配件短缺升级', key: 'repair order id', customer: 'customerName', level: 'riskLevel',
    outcome: 'escalated', outcomeValue: typed => /^(escalated|true|yes|升级)$/i.test(typed) },
  jointCaseReview: { label: 'Joint case review / 联合案例复盘会', key: 'REVIEW-YYYY-MM' },
  improvementAction: { label: 'Improvement action / 改进措施', key: 'REVIEW-YYYY-MM/n', outcome: 'actionState' },
  redAlert: { label: 'Red alert / 红色警报', key: 'alert id', outcome: 'decidedInWindow',
    outcomeValue: typed => /^(in time|within|true|yes|按时)$/i.test(typed) },
};

export const SHOWN_VARIABLES = ['customerName', 'grade', 'riskLevel', 'outcome', 'followUpOutcome', 'escalated', 'actionState',
  'slaBreached', 'alertKind', 'decidedInWindow', 'decisionMinutes', 'decidedBy'];

export function labelOf(processDefinitionKey) {
  return (PROCESSES[processDefinitionKey] || { label: processDefinitionKey }).label;
}
