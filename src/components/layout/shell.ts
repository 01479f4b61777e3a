// The shell's parts, one lazy chunk (loaded by loadShell.ts): they are most of the panel's own code on
// the first screen, and loading them beside the entry, not in it, keeps the entry small.
export { default as AppHeader } from './AppHeader.vue'
export { default as LayoutSideNav } from './LayoutSideNav.vue'
export { default as PublicHeader } from './PublicHeader.vue'
export { default as HelpContextPanel } from '@/components/help/HelpContextPanel.vue'
