/**
 * Deadlines in working days with Norwegian public holidays: local dates, the holiday calendar,
 * working-day arithmetic, the configurable policy and due dates. Pure: time comes in as arguments.
 */
export * from './local-date.js';
export * from './norwegian-holidays.js';
export * from './working-days.js';
export * from './policy.js';
export * from './due.js';
