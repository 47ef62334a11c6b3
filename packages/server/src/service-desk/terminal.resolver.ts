import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { TerminalInput, TerminalType } from './terminal.types.ts';
import { registerTerminal, type TerminalRow, terminalsOf } from './terminals.service.ts';

const KEEPERS = ['admin', 'branch_manager', 'operations'] as const;

@Resolver(() => TerminalType)
export class TerminalResolver {
  @Authorized(...KEEPERS)
  @Mutation(() => TerminalType, { description: '登记 POS 终端 · Register a POS terminal at a merchant.' })
  registerTerminal(
    @Arg('input', () => TerminalInput, { description: '终端 · The terminal.' }) input: TerminalInput,
    @Ctx() ctx: Context,
  ) {
    return registerTerminal(ctx.em, ctx.user!, input);
  }
}

@Resolver(() => MerchantType)
export class MerchantServiceDeskResolver {
  @FieldResolver(() => [TerminalType], { description: 'POS 终端 · The merchant’s POS terminals.' })
  terminals(@Root() m: Merchant, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<TerminalRow[]>('terminals', (ids) => terminalsOf(ctx.em as EntityManager, ids.map(Number)), [])
      .load(String(m.id));
  }
}
