/** Persons of a case and their ties to accounts. */
import type { PersonRepository } from '../../../graph/repositories/person.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { PersonService } from '../../services/person.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';

export interface PersonModuleDeps {
  readonly persons: PersonRepository;
  readonly service: PersonService;
}

/** The person part of the API; every field is checked against the case first. */
export function personModule({ persons, service }: PersonModuleDeps): GraphqlPart {
  return graphqlPart<AccessContext>('person.graphql', {
    Person: {
      // A person is only ever read through its case, which the case resolver has guarded.
      ties: async (p) =>
        (await persons.ties(p.caseId))
          .filter((t) => t.personId === p.id)
          .map((t) => ({
            ...t,
            account: `account:${t.platform}:${t.platformId}`,
            tiedBy: t.tiedByName ?? t.tiedBy,
          })),
    },
    Mutation: {
      updatePerson: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        await service.update(actor, args.caseId, args.personId, args.input);
        return true;
      },
      removePerson: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        await service.remove(actor, args.caseId, args.personId, args.reason);
        return true;
      },
      tieAccountToPerson: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        await service.tie(actor, args.caseId, args.personId, args.account, {
          confidence: args.confidence,
          basis: args.basis,
        });
        return true;
      },
      untieAccountFromPerson: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        await service.untie(actor, args.caseId, args.personId, args.account, args.reason);
        return true;
      },
    },
  });
}
