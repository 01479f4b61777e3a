// The context-help side panel's element id (the header's Help button controls it).
export const HELP_PANEL_ID = 'context-help'
