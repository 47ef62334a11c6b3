import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { connectionType, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { TerminalInput, TerminalType } from './terminal.types.ts';
import { registerTerminal, type TerminalRow, terminalsOf, terminalsPage } from './terminals.service.ts';

const TerminalConnectionType = connectionType('Terminal', TerminalType, ['POS 终端', 'POS terminals']);

@Resolver(() => TerminalType)
export class TerminalResolver {
  @Allowed('workFaultTicket')
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
  @FieldResolver(() => TerminalConnectionType, {
    description: 'POS 终端（分页，按终端号）· The merchant’s POS terminals, a page at a time, by TID.',
  })
  terminalsConnection(@Root() m: Merchant, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return terminalsPage(ctx.em, m.id, pageRequest(page, 'terminals'));
  }

  @FieldResolver(() => [TerminalType], {
    description: 'POS 终端 · The merchant’s POS terminals.',
    deprecationReason:
      'Use terminalsConnection, which pages both ways and counts; terminals returns every terminal at once.',
  })
  terminals(@Root() m: Merchant, @Ctx() ctx: Context) {
    return ctx.loaders
      .get<TerminalRow[]>('terminals', (ids) => terminalsOf(ctx.em as EntityManager, ids.map(Number)), [])
      .load(String(m.id));
  }
}
