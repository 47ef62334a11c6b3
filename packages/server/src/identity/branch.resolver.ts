import { Arg, Args, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { globalId, NodeInterface } from '../platform/graphql/node.ts';
import { UserType } from './auth.types.ts';
import {
  accountManagersPage,
  type BranchRow,
  branchById,
  branchesPage,
  listAccountManagers,
  listBranches,
} from './branch.service.ts';
import type { Context } from './context.ts';
import { Allowed } from './guard.ts';

@ObjectType('Branch', { implements: NodeInterface, description: '分公司/支行 · A branch of the acquirer.' })
export class BranchType extends NodeInterface {
  @Field(() => String, { description: '名称 · Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '区域（关中、陕北、陕南…）· Region.' })
  region!: string | null;
}

const BranchConnectionType = connectionType('Branch', BranchType, ['分公司', 'branches']);
// The nodes are users (`User`); the name says which users the list holds.
const AccountManagerConnectionType = connectionType('AccountManager', UserType, [
  '客户经理',
  'account managers',
]);

export const toBranchType = (b: BranchRow): BranchType => ({
  id: globalId('Branch', b.id),
  name: b.name,
  region: b.region,
});

const BRANCH_ARG = { nullable: true, description: '分公司名称 · Branch name.' } as const;

@Resolver()
export class BranchResolver {
  @Authorized()
  @Query(() => [BranchType], {
    description: '可见的分公司（按名称）· Branches you may see, by name.',
    deprecationReason:
      'Use branchesConnection, which pages both ways and counts; branches answers every branch at once.',
  })
  async branches(@Ctx() ctx: Context): Promise<BranchType[]> {
    return (await listBranches(ctx.em, ctx.user!)).map(toBranchType);
  }

  @Authorized()
  @Query(() => BranchConnectionType, {
    description:
      '可见的分公司（分页，按名称）· Branches you may see, a page at a time, by name; a branch-bound role sees its own.',
  })
  async branchesConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const conn = await branchesPage(ctx.em, ctx.user!, pageRequest(page, 'branches'));
    return mapNodes(conn, toBranchType);
  }

  @Allowed('listStaff')
  @Query(() => [UserType], {
    description: '客户经理（可按分公司）· Account managers, optionally of one branch.',
    deprecationReason:
      'Use accountManagersConnection, which pages both ways, counts and searches; accountManagers answers every one at once.',
  })
  accountManagers(
    @Arg('branch', () => String, BRANCH_ARG) branch: string | null,
    @Ctx() ctx: Context,
  ): Promise<UserType[]> {
    return listAccountManagers(ctx.em, ctx.user!, branch);
  }

  @Allowed('listStaff')
  @Query(() => AccountManagerConnectionType, {
    description:
      '客户经理（分页，按登录名；分公司经理只见本分公司）· Active account managers, a page at a time, by login; a branch manager sees those of their branch.',
  })
  accountManagersConnection(
    @Arg('branch', () => String, BRANCH_ARG) branch: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: '登录名或姓名包含（不区分大小写）· Part of the login or display name, in any case.',
    })
    search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return accountManagersPage(ctx.em, ctx.user!, branch, search, pageRequest(page, 'accountManagers'));
  }
}

/** node(id) for a branch, by its row id: only a branch the caller may see, else as none. */
export async function branchNode(ctx: Context, key: string): Promise<BranchType | null> {
  const row = /^\d{1,9}$/.test(key) ? await branchById(ctx.em, ctx.user!, Number(key)) : null;
  return row && toBranchType(row);
}
