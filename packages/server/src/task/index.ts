import { CadenceResolver, MerchantCadenceResolver } from './cadence.resolver.ts';
import { GreetingResolver } from './greeting.resolver.ts';
import { KpiResolver } from './kpi.resolver.ts';
import { MerchantTaskResolver, TaskResolver } from './task.resolver.ts';
import { WorkResolver } from './work.resolver.ts';

// Tasks' GraphQL resolvers (my work, the cadence policy, greetings, contact checks, KPIs), registered in app/schema.ts.
export const taskResolvers = [
  TaskResolver,
  MerchantTaskResolver,
  CadenceResolver,
  MerchantCadenceResolver,
  GreetingResolver,
  KpiResolver,
  WorkResolver,
] as const;
