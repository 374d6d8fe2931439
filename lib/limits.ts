// Sizes shared by the zod schemas and the forms' counters (no zod here: forms import it).
export const LIMITS = {
  titleMax: 120,
  bodyMax: 20_000,
  replyMax: 10_000,
  lenderOtherMax: 40,
  timelineMax: 30,
  timelineNoteMax: 200,
  displayNameMax: 40,
  passwordMin: 8,
  passwordMax: 200,
} as const;
