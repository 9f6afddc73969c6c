import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';

/**
 * TeamsAdapter with the one thing our HTTP layer needs that the library keeps protected: processing an
 * already parsed activity, so that authentication failures can be answered 401 (the stock `process`
 * answers some, such as a bad signature, with 500 and the error text).
 */
export class DeskAdapter extends TeamsAdapter {
  processInbound(authHeader: string, activity: Activity, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export type CredentialsFactory = ConstructorParameters<typeof TeamsAdapter>[1];
