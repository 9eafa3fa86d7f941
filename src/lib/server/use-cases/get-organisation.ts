import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import {
	commune,
	initiative,
	initiativeTranslation,
	organisation,
	organisationQuartier,
	quartier,
	roleGrant,
	user
} from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { membershipsOf, ORGANISATION_ROLES } from '#lib/domain/organisations.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

/**
 * An organisation's public page: who they are, where they work, how to reach them and what they
 * run. Members' names are personal data: only the organisation's own members see them.
 */
export async function getOrganisation(ctx: Pick<AppContext, 'db'>, actor: Actor | null, id: string, locale: Locale) {
	const [org] = await ctx.db
		.select({
			id: organisation.id,
			name: organisation.name,
			type: organisation.type,
			description: organisation.description,
			website: organisation.website,
			contactEmail: organisation.contactEmail,
			contactPhone: organisation.contactPhone,
			communeName: commune.name
		})
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(eq(organisation.id, id));
	if (!org) return null;

	const [quartiers, initiatives] = await Promise.all([
		ctx.db
			.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
			.from(organisationQuartier)
			.innerJoin(quartier, eq(quartier.id, organisationQuartier.quartierId))
			.where(eq(organisationQuartier.organisationId, id))
			.orderBy(asc(quartier.name)),
		ctx.db
			.select({ id: initiative.id, title: initiative.title, status: initiative.status })
			.from(initiative)
			.where(eq(initiative.organisationId, id))
			.orderBy(asc(initiative.title))
	]);
	const translations = initiatives.length
		? await ctx.db
				.select({
					initiativeId: initiativeTranslation.initiativeId,
					locale: initiativeTranslation.locale,
					title: initiativeTranslation.title
				})
				.from(initiativeTranslation)
				.where(
					and(
						inArray(
							initiativeTranslation.initiativeId,
							initiatives.map((i) => i.id)
						),
						eq(initiativeTranslation.locale, locale)
					)
				)
		: [];

	const isMember = authorise(actor, 'organisation.act', { organisationId: id }).allowed;
	const canManage = authorise(actor, 'organisation.manage', { organisationId: id }).allowed;
	let members: { name: string; role: string }[] | null = null;
	if (isMember) {
		const grants = await ctx.db
			.select({ userId: roleGrant.userId, role: roleGrant.role, name: user.name })
			.from(roleGrant)
			.innerJoin(user, eq(user.id, roleGrant.userId))
			.where(
				and(
					eq(roleGrant.scopeType, 'organisation'),
					eq(roleGrant.scopeId, id),
					inArray(roleGrant.role, [...ORGANISATION_ROLES])
				)
			);
		const names = new Map(grants.map((g) => [g.userId, g.name]));
		members = membershipsOf(grants)
			.map((m) => ({ name: names.get(m.userId) ?? '', role: m.role }))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	}

	return {
		organisation: org,
		quartiers,
		initiatives: initiatives.map((i) => {
			const t = pickTranslation(
				locale,
				{ title: i.title },
				translations.filter((tr) => tr.initiativeId === i.id).map((tr) => ({ locale: tr.locale, title: tr.title }))
			);
			return { id: i.id, status: i.status, title: t.title, lang: t.lang };
		}),
		members,
		canManage
	};
}
