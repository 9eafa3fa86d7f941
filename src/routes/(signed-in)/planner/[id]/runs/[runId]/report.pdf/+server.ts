import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getLocale } from '#lib/paraglide/runtime.js';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getPlannerReport } from '#lib/server/use-cases/get-planner-report.js';
import { reportDocument } from '#lib/server/planner/report-document.js';
import { renderReportPdf } from '#lib/server/planner/report-pdf.js';
import type { Locale } from '#lib/domain/locale.js';

export const GET: RequestHandler = async (event) => {
	const report = await guarded(event, async () =>
		getPlannerReport(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId })
	);
	if (!report) error(404, { message: 'Not Found' });
	const locale = getLocale() as Locale;
	// ?compress=0 keeps the text readable in the file, for tests and for people checking what it says.
	const pdf = await renderReportPdf(reportDocument(report), locale, {
		compress: event.url.searchParams.get('compress') !== '0'
	});
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="programme-${report.run.id}-${locale}.pdf"`,
			'Content-Length': String(pdf.length),
			'Cache-Control': 'private, no-store'
		}
	});
};
