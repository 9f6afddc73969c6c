/**
 * The weekly digest's figures, computed from case journals alone (DESIGN.md, "Figures in the digest").
 * Pure: the period and the deadline policy come in as arguments.
 */
export * from './period.js';
export * from './case-history.js';
export * from './figures.js';
export * from './accumulator.js';
