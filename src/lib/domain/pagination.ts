/** Page numbers for long lists, read from a query string that people may have typed by hand. */

export interface PageRequest {
	/** 1-based. */
	page: number;
	size: number;
	offset: number;
}

export interface PageInfo {
	page: number;
	pages: number;
	total: number;
	size: number;
}

/** A page number from `?page=`: anything that is not a positive integer means the first page. */
export function pageRequest(raw: string | null | undefined, size = 20): PageRequest {
	const n = Number(raw);
	const page = Number.isSafeInteger(n) && n >= 1 ? n : 1;
	return { page, size, offset: (page - 1) * size };
}

/** A request past the last page is answered with the last page rather than an empty one. */
export function pageInfo(request: PageRequest, total: number): PageInfo {
	const pages = Math.max(1, Math.ceil(total / request.size));
	return { page: Math.min(request.page, pages), pages, total, size: request.size };
}

/** The same URL with another page number (and the other filters kept). */
export function pageHref(url: Pick<URL, 'href'>, page: number): string {
	const next = new URL(url.href);
	if (page <= 1) next.searchParams.delete('page');
	else next.searchParams.set('page', String(page));
	return `${next.pathname}${next.search}`;
}
