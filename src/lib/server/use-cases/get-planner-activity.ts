import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { organisation, organisationQuartier, plannerActivity, practice } from '../db/schema.js';
import { findScenario, scenarioQuartierIds } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { readRequirements } from '#lib/domain/planner/stored.js';

/** One activity of a scenario, for its edit form, with the organisations that could run it. */
export async function getPlannerActivity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; activityId: string }
) {
	assertAllowed(actor, 'planner.use');
	const scenario = await findScenario(ctx.db, input.scenarioId);
	if (!scenario) return null;
	const [a] = await ctx.db
		.select({
			id: plannerActivity.id,
			label: plannerActivity.label,
			practiceSlug: practice.slug,
			practiceTitle: practice.title,
			organisationId: plannerActivity.organisationId,
			requirements: plannerActivity.requirements,
			sessionsPerWeek: plannerActivity.sessionsPerWeek,
			sessionMinutes: plannerActivity.sessionMinutes,
			windows: plannerActivity.windows,
			priority: plannerActivity.priority,
			itinerant: plannerActivity.itinerant
		})
		.from(plannerActivity)
		.leftJoin(practice, eq(practice.id, plannerActivity.practiceId))
		.where(and(eq(plannerActivity.id, input.activityId), eq(plannerActivity.scenarioId, scenario.id)))
		.limit(1);
	if (!a) return null;
	const quartierIds = await scenarioQuartierIds(ctx.db, scenario.id);
	const organisations = await ctx.db
		.selectDistinct({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.leftJoin(organisationQuartier, eq(organisationQuartier.organisationId, organisation.id))
		.where(
			quartierIds.length
				? sql`${organisation.communeId} = ${scenario.communeId} OR ${inArray(organisationQuartier.quartierId, quartierIds)}`
				: eq(organisation.communeId, scenario.communeId)
		)
		.orderBy(asc(organisation.name))
		.limit(300);
	return {
		scenario: { id: scenario.id, name: scenario.name },
		activity: { ...a, requirements: readRequirements(a.requirements) },
		organisations
	};
}
