import * as AC from 'adaptivecards';

/**
 * Parse and validation events of the adaptivecards library at version 1.5 for a card: an empty list means
 * Teams' renderer accepts it with no errors or warnings.
 */
export function validateCard(card: object): string[] {
  const ac = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  ac.parse(card, context);
  const problems = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  problems.push(...ac.validateProperties().validationEvents.map((e) => e.message));
  return problems;
}
