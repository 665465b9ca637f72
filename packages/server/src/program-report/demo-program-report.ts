import type { DemoProgramContext } from '../program/demo-context';

export async function seedDemoProgramReport(_ctx: DemoProgramContext): Promise<void> {}
