import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { toUserType, UserType } from './auth.types.ts';
import { Branch } from './branch.entity.ts';
import type { Context } from './context.ts';
import { AppUser } from './user.entity.ts';

@ObjectType('Branch', { description: '分公司/支行 · A branch of the acquirer.' })
class BranchType {
  @Field(() => String, { description: '名称 · Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '区域（关中、陕北、陕南…）· Region.' })
  region!: string | null;
}

@Resolver()
export class BranchResolver {
  @Authorized()
  @Query(() => [BranchType], { description: '可见的分公司（按名称）· Branches you may see, by name.' })
  async branches(@Ctx() ctx: Context): Promise<BranchType[]> {
    const user = ctx.user!;
    // Branch-bound roles see their own branch only.
    const where =
      user.role === 'admin' || user.role === 'analyst' || !user.branch ? {} : { id: user.branch.id };
    const rows = await ctx.em.find(Branch, where, { orderBy: { name: 'asc' } });
    return rows.map((b) => ({ name: b.name, region: b.region }));
  }

  @Authorized('admin', 'analyst', 'branch_manager')
  @Query(() => [UserType], {
    description: '客户经理（可按分公司）· Account managers, optionally of one branch.',
  })
  async accountManagers(
    @Arg('branch', () => String, { nullable: true, description: '分公司名称 · Branch name.' }) branch:
      | string
      | null,
    @Ctx() ctx: Context,
  ): Promise<UserType[]> {
    const user = ctx.user!;
    const scopeBranch = user.role === 'branch_manager' ? user.branch?.name : branch;
    const rows = await ctx.em.find(
      AppUser,
      { role: 'account_manager', active: true, ...(scopeBranch ? { branch: { name: scopeBranch } } : {}) },
      { populate: ['branch'], orderBy: { login: 'asc' } },
    );
    return rows.map(toUserType);
  }
}
